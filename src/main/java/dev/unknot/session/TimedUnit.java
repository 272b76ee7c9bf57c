package dev.unknot.session;

/**
 * One countdown of a guided session: a hold, a set of repetitions, minutes of heat or cold, or a
 * rest between sets ({@code rest}), on one side, lasting {@code seconds}. {@code repetitions} is 0
 * for anything but a rep set.
 */
public record TimedUnit(Side side, int seconds, int repetitions, boolean rest) {
    public TimedUnit {
        if (seconds <= 0) {
            throw new IllegalArgumentException(
                    "a timed unit lasts at least one second, was " + seconds);
        }
        if (repetitions < 0) {
            throw new IllegalArgumentException(
                    "repetitions cannot be negative, was " + repetitions);
        }
        if (rest && repetitions > 0) {
            throw new IllegalArgumentException("a rest has no repetitions");
        }
    }

    /** A countdown of work (not a rest). */
    public TimedUnit(Side side, int seconds, int repetitions) {
        this(side, seconds, repetitions, false);
    }

    /** A rest between sets. */
    public static TimedUnit rest(Side side, int seconds) {
        return new TimedUnit(side, seconds, 0, true);
    }

    public boolean isRepSet() {
        return repetitions > 0;
    }
}
