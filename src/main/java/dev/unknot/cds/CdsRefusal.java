package dev.unknot.cds;

import dev.unknot.intake.UnknotException;

/**
 * A CDS Hooks request unknot will not answer, with the HTTP status that says why (400 a malformed
 * request, 404 an unknown service, 412 data neither prefetched nor fetchable, 503 not configured)
 * and words that name nothing about the patient.
 */
public final class CdsRefusal extends UnknotException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;

    public CdsRefusal(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    @Override
    public boolean callersToFix() {
        return status < 500;
    }
}
