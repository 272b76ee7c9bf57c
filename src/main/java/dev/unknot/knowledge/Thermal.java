package dev.unknot.knowledge;

import dev.unknot.intake.Tool;
import java.util.List;

/** A heat or cold step: the tool it needs, what to use without it, how long, and its picture. */
public record Thermal(
        String id,
        String name,
        List<String> steps,
        Tool tool,
        String substitute,
        Dose dose,
        Picture picture,
        List<String> sources)
        implements Cited {
    public Thermal {
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
    }
}
