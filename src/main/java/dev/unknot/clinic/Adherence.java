package dev.unknot.clinic;

import java.util.Optional;

/**
 * Guided sessions done this week against the number the person's plan schedules; empty {@code
 * scheduled} when there is no individual plan yet.
 */
public record Adherence(int done, Optional<Integer> scheduled) {
    /** In words, e.g. "2 of 3 sessions this week" or "1 session this week; no plan yet". */
    public String words() {
        if (scheduled.isPresent()) {
            return done + " of " + scheduled.get() + " sessions this week";
        }
        return (done == 1 ? "1 session" : done + " sessions") + " this week; no plan yet";
    }
}
