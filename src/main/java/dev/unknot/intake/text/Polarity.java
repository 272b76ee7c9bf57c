package dev.unknot.intake.text;

/** How a finding was said: as a fact, denied, with doubt, or about someone else. */
enum Polarity {
    AFFIRMED,
    DENIED,
    UNCERTAIN,
    SOMEONE_ELSE;

    /** Denied for affirmed and back; doubt and someone else's finding stay as they are. */
    Polarity flipped() {
        return switch (this) {
            case AFFIRMED -> DENIED;
            case DENIED -> AFFIRMED;
            default -> this;
        };
    }

    /** Combines the cues before and after a finding: someone else's finding, then doubt, win. */
    Polarity and(Polarity other) {
        return values()[Math.max(ordinal(), other.ordinal())];
    }
}
