package dev.unknot.care;

/** Whether a person's consent to a clinician still holds. */
public enum LinkStatus {
    /** Accepted and not revoked: the clinician may see the record. */
    ACTIVE,
    /** Revoked by the person: no access from that moment. */
    REVOKED
}
