package dev.unknot.intake;

/** What seems to have set the knot off. */
public enum Cause implements Coded {
    PROLONGED_SITTING("prolonged-sitting"),
    POOR_POSTURE("poor-posture"),
    LIFTING("lifting"),
    REPETITIVE_MOVEMENT("repetitive-movement"),
    SPORT("sport"),
    STRESS("stress"),
    UNKNOWN("unknown");

    private final String code;

    Cause(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
