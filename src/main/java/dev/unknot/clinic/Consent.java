package dev.unknot.clinic;

import dev.unknot.care.CareLink;
import dev.unknot.care.Invite;

/** How answering an invite ended. */
public sealed interface Consent {
    /** The person said yes: the clinician may see their record from now on. */
    record Accepted(CareLink link) implements Consent {}

    /** The person said no: nothing is shared, and the code is used up. */
    record Declined(Invite invite) implements Consent {}

    /** The code could not be answered; nothing changed. */
    record Refused(InviteProblem problem) implements Consent {}
}
