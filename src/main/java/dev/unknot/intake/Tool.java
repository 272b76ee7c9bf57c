package dev.unknot.intake;

/** What the person has at home to treat the knot with; hands are always assumed. */
public enum Tool implements Coded {
    HANDS("hands"),
    TENNIS_BALL("tennis-ball"),
    LACROSSE_BALL("lacrosse-ball"),
    FOAM_ROLLER("foam-roller"),
    HEATING_PAD("heating-pad"),
    ICE_PACK("ice-pack");

    private final String code;

    Tool(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
