package dev.unknot.knowledge;

import java.util.List;

/**
 * Thresholds of the plan: the acute phase, the pain level from which doses stay gentle and the one
 * from which pressure massage is left out, and how many seconds a guided session gives each slow
 * repetition.
 */
public record CareSettings(
        int acuteBeforeDay,
        int gentleDoseFromPain,
        int noPressureMassageFromPain,
        int secondsPerRep,
        List<String> sources)
        implements Cited {
    public CareSettings {
        if (secondsPerRep <= 0) {
            throw new IllegalArgumentException(
                    "secondsPerRep must be positive, was " + secondsPerRep);
        }
        sources = List.copyOf(sources);
    }
}
