package dev.unknot.web;

import java.util.Optional;

/**
 * An invite as the person it is for sees it: who asks and from which clinic (once signed in), or
 * why it cannot be answered, or what their answer did.
 */
public record InviteView(
        String code, boolean signedIn, Optional<Asking> asking, Optional<String> message) {

    /** Who asks, from which clinic, and until when the invite may be answered. */
    public record Asking(String clinician, String clinic, String expires) {}
}
