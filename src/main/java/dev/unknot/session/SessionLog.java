package dev.unknot.session;

import dev.unknot.intake.Pain;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What is kept of a guided session: when it ran, pain before and after, whether it was finished,
 * and each step with its outcome and the seconds spent.
 */
public record SessionLog(
        long id,
        Instant startedAt,
        Instant endedAt,
        Pain painBefore,
        Optional<Pain> painAfter,
        boolean finished,
        List<StepLog> steps) {
    public SessionLog {
        steps = List.copyOf(steps);
    }

    /** One step of a stored session. */
    public record StepLog(String stepId, String name, StepResult outcome, int seconds) {}
}
