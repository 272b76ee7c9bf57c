package dev.unknot.session;

/** What became of a step in a guided session. */
public enum StepResult {
    DONE("done"),
    SKIPPED("skipped"),
    NOT_REACHED("not-reached");

    private final String code;

    StepResult(String code) {
        this.code = code;
    }

    /** The stored form, e.g. {@code not-reached}. */
    public String code() {
        return code;
    }
}
