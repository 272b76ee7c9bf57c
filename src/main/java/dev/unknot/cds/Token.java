package dev.unknot.cds;

/**
 * The outcome of checking a CDS Hooks bearer token: accepted from a trusted EHR, or refused with
 * the status to answer (401: no usable token; 403: a token correctly signed by a trusted EHR but
 * meant for another address) and the reason, for the server's log only.
 */
public sealed interface Token permits Token.Accepted, Token.Refused {
    /** A token that passed every check, from {@code ehr}. */
    record Accepted(TrustedEhr ehr) implements Token {}

    /** A token refused; {@code reason} is logged, never sent. */
    record Refused(int status, String reason) implements Token {}
}
