package dev.unknot.clinic;

import dev.unknot.intake.Coded;

/** Why a person needs a look first, most serious first. */
public enum Flag implements Coded {
    /** Emergency or urgent: the latest assessment, or advice not yet reviewed. */
    RED_FLAG("red-flag", 4),
    /** Follow-up advice no clinician has reviewed yet. */
    NOT_REVIEWED("not-reviewed", 3),
    /** Pain up: the diary's follow-up verdict says worse. */
    PAIN_UP("pain-up", 2),
    /** No diary entry for the configured number of days. */
    NO_DIARY("no-diary", 1);

    private final String code;
    private final int severity;

    Flag(String code, int severity) {
        this.code = code;
        this.severity = severity;
    }

    @Override
    public String code() {
        return code;
    }

    /** Higher is more serious. */
    public int severity() {
        return severity;
    }
}
