package dev.unknot.session;

/**
 * One countdown of a guided session: a hold, a set of repetitions or minutes of heat or cold, on
 * one side, lasting {@code seconds}. {@code repetitions} is 0 for anything but a rep set.
 */
public record TimedUnit(Side side, int seconds, int repetitions) {
    public TimedUnit {
        if (seconds <= 0) {
            throw new IllegalArgumentException(
                    "a timed unit lasts at least one second, was " + seconds);
        }
        if (repetitions < 0) {
            throw new IllegalArgumentException(
                    "repetitions cannot be negative, was " + repetitions);
        }
    }

    public boolean isRepSet() {
        return repetitions > 0;
    }
}
