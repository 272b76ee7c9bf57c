package dev.unknot.knowledge;

import dev.unknot.intake.Tool;
import java.util.List;

/**
 * A self-massage technique for one tool, with its picture; {@code firm} tools are left out when
 * pain is high.
 */
public record Technique(
        String id,
        String name,
        Tool tool,
        boolean firm,
        List<String> targetMuscles,
        String use,
        List<String> steps,
        Dose dose,
        String caution,
        Picture picture,
        List<String> sources)
        implements Cited {
    public Technique {
        targetMuscles = List.copyOf(targetMuscles);
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
    }
}
