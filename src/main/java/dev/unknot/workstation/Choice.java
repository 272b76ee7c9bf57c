package dev.unknot.workstation;

/**
 * One answer an item takes: its key (what is typed and stored), its label (what people read), and
 * what it earns. A {@link Kind#CREDIT} answer earns {@code credit} percent of the item's weight;
 * "not sure" earns nothing and is listed to check; "does not apply" takes the item out of the
 * score.
 */
public record Choice(String key, String label, Kind kind, int credit) {
    /** The key of the "not sure" answer every item offers. */
    public static final String NOT_SURE_KEY = "not-sure";

    /** The "not sure" answer every item offers. */
    public static final Choice NOT_SURE = new Choice(NOT_SURE_KEY, "Not sure", Kind.NOT_SURE, 0);

    /** What an answer does to the score. */
    public enum Kind {
        CREDIT,
        NOT_SURE,
        NOT_APPLICABLE
    }

    public Choice {
        if (credit < 0 || credit > 100) {
            throw new IllegalArgumentException("credit must be 0-100, was " + credit);
        }
        if (kind != Kind.CREDIT && credit != 0) {
            throw new IllegalArgumentException("only a credit answer earns credit");
        }
    }

    /** Whether the answer counts toward the score (every answer but "does not apply"). */
    public boolean counts() {
        return kind != Kind.NOT_APPLICABLE;
    }

    /** Whether the set-up this answer describes is the one the sources describe. */
    public boolean met() {
        return kind == Kind.CREDIT && credit == 100;
    }
}
