package dev.unknot.knowledge;

/**
 * How much of a step: a hold in seconds, a number of repetitions, or minutes of heat or cold, as a
 * range from {@code min} to {@code max}; {@code perSide} when each side is done in turn.
 */
public record Dose(Kind kind, int min, int max, boolean perSide, String note) {

    /** What the numbers count. */
    public enum Kind {
        HOLD("seconds"),
        REPS("repetitions"),
        MINUTES("minutes");

        private final String unit;

        Kind(String unit) {
            this.unit = unit;
        }

        public String unit() {
            return unit;
        }
    }

    public Dose {
        if (min <= 0 || max < min) {
            throw new IllegalArgumentException(
                    "a dose needs 0 < min <= max, was " + min + "-" + max);
        }
    }

    /** The low end of the range, for people in more pain. */
    public Dose lowEnd() {
        return new Dose(kind, min, min, perSide, note);
    }

    /** Plain words, e.g. "hold 30-90 seconds" or "10-15 repetitions, each side". */
    public String describe() {
        String range = min == max ? String.valueOf(min) : min + "-" + max;
        String words =
                switch (kind) {
                    case HOLD -> "hold " + range + " seconds";
                    case REPS -> range + " repetitions";
                    case MINUTES -> range + " minutes";
                };
        return perSide ? words + ", each side" : words;
    }
}
