package dev.unknot.knowledge;

import java.util.List;

/**
 * A stretch with its steps, dose and picture; {@code gentle} stretches count as the "gentle
 * movement" kept when self-massage is stopped.
 */
public record Stretch(
        String id,
        String name,
        List<String> steps,
        Dose dose,
        boolean gentle,
        Picture picture,
        List<String> sources)
        implements Cited {
    public Stretch {
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
    }
}
