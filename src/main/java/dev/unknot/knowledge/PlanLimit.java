package dev.unknot.knowledge;

/** What a SEE_CLINICIAN rule takes out of the self-care plan (triage-policy.md). */
public enum PlanLimit {
    NONE("none"),
    NO_SELF_MASSAGE("no-self-massage"),
    NO_PRESSURE_ON_LUMP("no-pressure-on-lump");

    private final String code;

    PlanLimit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
