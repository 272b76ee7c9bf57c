package dev.unknot.session;

import java.util.List;
import java.util.Optional;

/**
 * What a guided session came to: each step's result and time, pain before and (if the person gave it)
 * after, and whether the whole plan was gone through (every step done or skipped).
 */
public record SessionOutcome(List<StepOutcome> steps, int painBefore, Optional<Integer> painAfter, boolean finished) {
    public SessionOutcome {
        steps = List.copyOf(steps);
        checkPain(painBefore);
        painAfter.ifPresent(SessionOutcome::checkPain);
    }

    public long count(StepResult result) {
        return steps.stream().filter(step -> step.result() == result).count();
    }

    public int seconds() {
        return steps.stream().mapToInt(StepOutcome::seconds).sum();
    }

    private static void checkPain(int pain) {
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain must be 0-10, was " + pain);
        }
    }
}
