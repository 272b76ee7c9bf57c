package dev.unknot.intake;

/** Which side of the back the knot is on. */
public enum Side implements Coded {
    LEFT("left"),
    RIGHT("right"),
    BOTH("both"),
    CENTER("center");

    private final String code;

    Side(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
