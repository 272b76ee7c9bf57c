package dev.unknot.clinic;

import dev.unknot.care.Invite;

/** What an invite code leads to before it is answered. */
public sealed interface InviteCheck {
    /** An invite that may be answered: who asks, from which clinic, until when. */
    record Open(Invite invite) implements InviteCheck {}

    /** A code that cannot be answered, and why. */
    record Refused(InviteProblem problem) implements InviteCheck {}
}
