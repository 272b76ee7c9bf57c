package dev.unknot.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One entry of the exercise library a clinician builds plans from: a stretch, a self-massage
 * technique or a strengthening, stability or walking exercise, with its steps, picture, starting
 * dose, what it is for, an easier and a harder variant (ids of other entries) and its sources.
 * Entries of kind {@link Kind#MASSAGE} are refused in a plan for a person whose answers forbid
 * massage.
 */
public record LibraryExercise(
        String id,
        String name,
        Kind kind,
        String purpose,
        List<String> targetMuscles,
        List<String> steps,
        Picture picture,
        Prescription startingDose,
        Optional<String> easier,
        Optional<String> harder,
        List<String> sources)
        implements Cited {

    /** What sort of exercise, which decides where it may be used. */
    public enum Kind {
        STRETCH,
        MASSAGE,
        STRENGTH,
        STABILITY,
        WALKING
    }

    public LibraryExercise {
        targetMuscles = List.copyOf(targetMuscles);
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
    }

    public boolean involvesMassage() {
        return kind == Kind.MASSAGE;
    }
}
