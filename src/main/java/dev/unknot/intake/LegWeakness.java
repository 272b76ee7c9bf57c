package dev.unknot.intake;

/** New weakness in a leg; {@code PROGRESSIVE} means getting worse by the day. */
public enum LegWeakness implements Coded {
    NONE("none"),
    ONE_LEG("one-leg"),
    BOTH_LEGS("both-legs"),
    PROGRESSIVE("progressive");

    private final String code;

    LegWeakness(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
