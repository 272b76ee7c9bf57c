package dev.unknot.clinic;

import java.time.Instant;

/**
 * A new invite as its clinician sees it once: the code (only its hash is kept), the address to open
 * and when it expires.
 */
public record NewInvite(String code, Instant expiresAt) {
    /** The page a person opens to answer it. */
    public String path() {
        return "/invite/" + code;
    }

    /** The code in groups of four, to read out or type. */
    public String typed() {
        return InviteCode.grouped(code);
    }

    @Override
    public String toString() {
        return "NewInvite[expires " + expiresAt + "]";
    }
}
