package dev.unknot.knowledge;

import java.util.List;

/**
 * An exercise a movement break offers ({@code breaks.yaml}): its steps, how many seconds it takes,
 * whether it can be done at work ({@code office}; knee-to-chest needs a mat) and the library
 * exercises of an individual plan it stands for ({@code planExercises}).
 */
public record BreakExercise(
        String id,
        String name,
        List<String> steps,
        int seconds,
        boolean office,
        List<String> planExercises,
        List<String> sources)
        implements Cited {
    public BreakExercise {
        steps = List.copyOf(steps);
        planExercises = List.copyOf(planExercises);
        sources = List.copyOf(sources);
    }
}
