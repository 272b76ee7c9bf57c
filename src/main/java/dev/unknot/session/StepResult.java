package dev.unknot.session;

import dev.unknot.intake.Coded;

/** What became of a step in a guided session. */
public enum StepResult implements Coded {
    DONE("done"),
    SKIPPED("skipped"),
    NOT_REACHED("not-reached");

    private final String code;

    StepResult(String code) {
        this.code = code;
    }

    /** The stored form, e.g. {@code not-reached}. */
    @Override
    public String code() {
        return code;
    }
}
