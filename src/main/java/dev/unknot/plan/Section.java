package dev.unknot.plan;

/** The parts of a self-care session, in the order they are done. */
public enum Section {
    HEAT_COLD("heat-cold"),
    MASSAGE("massage"),
    STRETCH("stretch"),
    COOL_DOWN("cool-down");

    private final String code;

    Section(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
