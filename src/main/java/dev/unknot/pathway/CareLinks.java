package dev.unknot.pathway;

import dev.unknot.care.CareLink;
import dev.unknot.store.Handle;

/**
 * Whether a person has a clinician who looks after their plan (an active care-team link): then a
 * progression suggestion waits for that clinician; otherwise unknot applies it.
 */
@FunctionalInterface
public interface CareLinks {
    /** Nobody has a clinician. */
    CareLinks NONE = (tx, personId) -> false;

    /** Any active, accepted link between the person and a clinician (the care team's). */
    CareLinks ACTIVE =
            (tx, personId) -> tx.care().links(personId).stream().anyMatch(CareLink::active);

    /** Whether the person has a clinician now, read in the caller's transaction. */
    boolean hasClinician(Handle tx, long personId);
}
