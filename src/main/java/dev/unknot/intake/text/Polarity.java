package dev.unknot.intake.text;

/** How a finding was said: as a fact, denied, with doubt, or about someone else. */
enum Polarity {
    AFFIRMED,
    DENIED,
    UNCERTAIN,
    SOMEONE_ELSE;

    /** Combines the cues before and after a finding: someone else's finding, then doubt, win. */
    Polarity and(Polarity other) {
        return values()[Math.max(ordinal(), other.ordinal())];
    }
}
