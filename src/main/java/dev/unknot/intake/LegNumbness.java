package dev.unknot.intake;

/** Numbness or tingling spreading down a leg, and how far. */
public enum LegNumbness implements Coded {
    NONE("none"),
    ABOVE_KNEE("above-knee"),
    BELOW_KNEE("below-knee"),
    BOTH_LEGS("both-legs");

    private final String code;

    LegNumbness(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
