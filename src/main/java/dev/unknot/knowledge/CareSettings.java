package dev.unknot.knowledge;

import java.util.List;

/** Thresholds of the plan: the acute phase and the pain level from which doses stay gentle. */
public record CareSettings(int acuteBeforeDay, int gentleDoseFromPain, List<String> sources) implements Cited {
    public CareSettings {
        sources = List.copyOf(sources);
    }
}
