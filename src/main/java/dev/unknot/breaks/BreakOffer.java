package dev.unknot.breaks;

import dev.unknot.knowledge.BreakExercise;
import java.util.List;

/**
 * What a break offers: one or two exercises, or, while red flags rule, only the advice to get help.
 */
public sealed interface BreakOffer {
    record Exercises(List<BreakExercise> exercises) implements BreakOffer {
        public Exercises {
            exercises = List.copyOf(exercises);
            if (exercises.isEmpty() || exercises.size() > 2) {
                throw new IllegalArgumentException("a break offers one or two exercises");
            }
        }
    }

    /**
     * No exercise: the latest answers call for help first ({@code headline} and {@code action}, in
     * words, from the dispositions). Standing up and moving about gently is still all right.
     */
    record GetHelp(String headline, String action) implements BreakOffer {}
}
