package dev.unknot.session;

import dev.unknot.intake.Coded;
import dev.unknot.intake.InvalidInputException;

/** What became of a step in a guided session. */
public enum StepResult implements Coded {
    DONE("done"),
    SKIPPED("skipped"),
    NOT_REACHED("not-reached");

    private final String code;

    StepResult(String code) {
        this.code = code;
    }

    /**
     * The result a front end sent for {@code field}: one of the codes, or an error naming the
     * field.
     */
    public static StepResult of(String field, String code) {
        return Coded.fromCode(StepResult.class, code == null ? "" : code)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        field,
                                        "must be one of "
                                                + String.join(
                                                        ", ", Coded.codes(StepResult.class))));
    }

    /** The stored form, e.g. {@code not-reached}. */
    @Override
    public String code() {
        return code;
    }
}
