package dev.unknot.breaks;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the schedule stands at one moment, and when that could next change ({@link #until}), so a
 * loop or a page knows how long it may wait.
 */
public sealed interface BreakStatus {
    /** When this status could next change; empty when only the person can change it. */
    Optional<Instant> until();

    /** Breaks are switched off in the settings. */
    record Off() implements BreakStatus {
        @Override
        public Optional<Instant> until() {
            return Optional.empty();
        }
    }

    /** Outside working hours or days, or no break fits before they end: nothing is due. */
    record OffHours(Instant nextStart) implements BreakStatus {
        @Override
        public Optional<Instant> until() {
            return Optional.of(nextStart);
        }
    }

    /** The person paused the breaks. */
    record Paused(Instant pausedUntil) implements BreakStatus {
        @Override
        public Optional<Instant> until() {
            return Optional.of(pausedUntil);
        }
    }

    /** The next break is at {@code breakAt}; its notice at {@code noticeAt}. */
    record Waiting(Instant breakAt, Instant noticeAt, BreakKind kind) implements BreakStatus {
        @Override
        public Optional<Instant> until() {
            return Optional.of(noticeAt.isAfter(breakAt) ? breakAt : noticeAt);
        }
    }

    /** The notice before the break at {@code breakAt} is due and has not been shown. */
    record Notice(Instant breakAt, BreakKind kind) implements BreakStatus {
        @Override
        public Optional<Instant> until() {
            return Optional.of(breakAt);
        }
    }

    /** A break is due now; it may be postponed once. */
    record Due(BreakKind kind, boolean mayPostpone) implements BreakStatus {
        @Override
        public Optional<Instant> until() {
            return Optional.empty();
        }
    }
}
