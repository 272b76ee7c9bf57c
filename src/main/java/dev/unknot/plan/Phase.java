package dev.unknot.plan;

/** Where the knot is in time: the first 48 hours take cold only; after that heat comes first. */
public enum Phase {
    ACUTE("acute"),
    AFTER_ACUTE("after-acute");

    private final String code;

    Phase(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
