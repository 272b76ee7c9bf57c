package dev.unknot.knowledge;

/**
 * What the person should do, from most to least serious. {@link #INCOMPLETE} ranks below {@link
 * #SEE_CLINICIAN}: it never hides an emergency or urgent finding, and answering a question "yes"
 * can only move a result up.
 */
public enum Disposition {
    EMERGENCY(4),
    URGENT(3),
    SEE_CLINICIAN(2),
    INCOMPLETE(1),
    SELF_CARE(0);

    private final int severity;

    Disposition(int severity) {
        this.severity = severity;
    }

    /** Higher is more serious. */
    public int severity() {
        return severity;
    }

    public boolean isMoreSeriousThan(Disposition other) {
        return severity > other.severity;
    }

    /** EMERGENCY or URGENT: decided at once, whatever is still unanswered. */
    public boolean isImmediate() {
        return this == EMERGENCY || this == URGENT;
    }
}
