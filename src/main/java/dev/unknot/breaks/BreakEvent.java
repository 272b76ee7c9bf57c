package dev.unknot.breaks;

import java.time.Instant;
import java.util.List;

/**
 * One line of the break history: when it happened, what became of it, how many seconds it lasted (0
 * for a skip or a postpone) and the ids of the exercises done ({@code breaks.yaml}).
 */
public record BreakEvent(Instant at, BreakOutcome outcome, int seconds, List<String> exercises) {
    public BreakEvent {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds cannot be negative, was " + seconds);
        }
        exercises = List.copyOf(exercises);
    }
}
