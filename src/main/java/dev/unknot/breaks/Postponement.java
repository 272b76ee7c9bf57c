package dev.unknot.breaks;

import java.time.Instant;

/** What asking to postpone a break did. */
public sealed interface Postponement {
    /** The break moved to {@code until}; {@code event} is for the history. */
    record Postponed(Instant until, BreakEvent event) implements Postponement {}

    /** Nothing moved, and why, in words. */
    record Refused(String why) implements Postponement {}
}
