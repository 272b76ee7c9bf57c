package dev.unknot.intake;

/**
 * How much it hurts, on the 0-10 numeric rating scale (0 no pain, 10 the worst imaginable): the
 * diary's pain and a session's pain before and after. Checked once where it is typed ({@link #of},
 * {@link #parse}); a {@code Pain} inside is always on the scale. (The intake's {@code painNow} is
 * an answer of the intake, checked with the others.)
 */
public record Pain(int points) implements Comparable<Pain> {
    public static final int MIN = 0;
    public static final int MAX = 10;

    public Pain {
        check("pain", points);
    }

    /**
     * The pain given for {@code field}; an {@link InvalidInputException} naming the field when it
     * is off the scale.
     */
    public static Pain of(String field, int points) {
        check(field, points);
        return new Pain(points);
    }

    /** The pain typed as text for {@code field}, e.g. "7". */
    public static Pain parse(String field, String text) {
        return new Pain(Values.wholeNumber(field, text, MIN, MAX));
    }

    private static void check(String field, int points) {
        if (points < MIN || points > MAX) {
            throw new InvalidInputException(
                    field, "must be a whole number from " + MIN + " to " + MAX + ", was " + points);
        }
    }

    @Override
    public int compareTo(Pain other) {
        return Integer.compare(points, other.points);
    }

    /** The points alone, as people read them ("7"). */
    @Override
    public String toString() {
        return Integer.toString(points);
    }
}
