package dev.unknot.knowledge;

import java.util.List;

/** A stretch with its steps and dose. */
/** {@code gentle} stretches count as the "gentle movement" kept when self-massage is stopped. */
public record Stretch(
        String id, String name, List<String> steps, Dose dose, boolean gentle, List<String> sources)
        implements Cited {
    public Stretch {
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
    }
}
