package dev.unknot.plan;

import dev.unknot.knowledge.Cited;
import dev.unknot.knowledge.Dose;
import dev.unknot.knowledge.Picture;
import java.util.List;
import java.util.Optional;

/**
 * One step of the plan: what to do, how much, the muscles it is for, a picture of it where the
 * knowledge has one, and why it is there (its sources). {@code id} is the knowledge entry it comes
 * from.
 */
public record PlanStep(
        Section section,
        String id,
        String name,
        List<String> instructions,
        Dose dose,
        List<String> forMuscles,
        List<String> cautions,
        Optional<Picture> picture,
        List<String> sources)
        implements Cited {
    public PlanStep {
        instructions = List.copyOf(instructions);
        forMuscles = List.copyOf(forMuscles);
        cautions = List.copyOf(cautions);
        sources = List.copyOf(sources);
    }

    /** A step without a picture. */
    public PlanStep(
            Section section,
            String id,
            String name,
            List<String> instructions,
            Dose dose,
            List<String> forMuscles,
            List<String> cautions,
            List<String> sources) {
        this(
                section,
                id,
                name,
                instructions,
                dose,
                forMuscles,
                cautions,
                Optional.empty(),
                sources);
    }
}
