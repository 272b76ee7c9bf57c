package dev.unknot.session;

import dev.unknot.intake.Pain;
import java.util.List;
import java.util.Optional;

/**
 * What a guided session came to: each step's result and time, pain before and (if the person gave
 * it) after, and whether the whole plan was gone through (every step done or skipped).
 */
public record SessionOutcome(
        List<StepOutcome> steps, Pain painBefore, Optional<Pain> painAfter, boolean finished) {
    public SessionOutcome {
        steps = List.copyOf(steps);
    }

    /** The outcome of steps reported as they ran: finished when no step was left unreached. */
    public static SessionOutcome of(
            List<StepOutcome> steps, Pain painBefore, Optional<Pain> painAfter) {
        return new SessionOutcome(
                steps,
                painBefore,
                painAfter,
                steps.stream().noneMatch(step -> step.result() == StepResult.NOT_REACHED));
    }

    /**
     * The one-line account of the session every front end shows and the diary keeps, e.g. "7 done,
     * 1 skipped, 0 not reached; 28:10 of timed exercise; pain 5 -> 3".
     */
    public String summary() {
        int seconds = seconds();
        return count(StepResult.DONE)
                + " done, "
                + count(StepResult.SKIPPED)
                + " skipped, "
                + count(StepResult.NOT_REACHED)
                + " not reached; "
                + seconds / 60
                + ":"
                + String.format("%02d", seconds % 60)
                + " of timed exercise; pain "
                + painBefore
                + " -> "
                + painAfter.map(String::valueOf).orElse("not given")
                + (finished ? "" : "; stopped early");
    }

    public long count(StepResult result) {
        return steps.stream().filter(step -> step.result() == result).count();
    }

    public int seconds() {
        return steps.stream().mapToInt(StepOutcome::seconds).sum();
    }
}
