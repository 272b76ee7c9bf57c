package dev.unknot.intake.text;

/**
 * How a finding was said: as a fact, denied, with doubt, as a hypothetical ("if", "should I"), or
 * about someone else. Only the first two settle a question.
 */
enum Polarity {
    AFFIRMED,
    DENIED,
    UNCERTAIN,
    HYPOTHETICAL,
    SOMEONE_ELSE;

    /** Denied for affirmed and back; doubt and someone else's finding stay as they are. */
    Polarity flipped() {
        return switch (this) {
            case AFFIRMED -> DENIED;
            case DENIED -> AFFIRMED;
            default -> this;
        };
    }

    /**
     * Combines the cues before and after a finding: someone else's finding, then a hypothetical,
     * then doubt, win.
     */
    Polarity and(Polarity other) {
        return values()[Math.max(ordinal(), other.ordinal())];
    }
}
