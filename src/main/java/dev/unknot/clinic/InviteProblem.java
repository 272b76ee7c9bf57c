package dev.unknot.clinic;

import dev.unknot.intake.Coded;

/** Why an invite code cannot be answered. */
public enum InviteProblem implements Coded {
    /** No invite has this code (or it was mistyped). */
    UNKNOWN("unknown", "There is no invite with this code. Check it, or ask for a new one."),
    /** Older than its seven days. */
    EXPIRED("expired", "This invite has expired. Ask your clinician for a new one."),
    /** Already accepted or declined. */
    USED("used", "This invite has already been answered. Ask your clinician for a new one."),
    /** A clinician's account keeps no record of its own to share. */
    NOT_A_PERSON("not-a-person", "Only a person's own account can answer an invite.");

    private final String code;
    private final String words;

    InviteProblem(String code, String words) {
        this.code = code;
        this.words = words;
    }

    @Override
    public String code() {
        return code;
    }

    /** What the person is told. */
    public String words() {
        return words;
    }
}
