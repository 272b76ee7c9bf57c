package dev.unknot.intake;

/** The furthest place the pain spreads to. */
public enum Spread implements Coded {
    NONE("none"),
    BUTTOCK("buttock"),
    THIGH("thigh"),
    BELOW_KNEE("below-knee"),
    GROIN("groin");

    private final String code;

    Spread(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
