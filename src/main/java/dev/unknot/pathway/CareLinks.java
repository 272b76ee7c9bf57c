package dev.unknot.pathway;

/**
 * Whether a person has a clinician who looks after their plan (an active care-team link): then a
 * progression suggestion waits for that clinician; otherwise unknot applies it.
 */
@FunctionalInterface
public interface CareLinks {
    /** Nobody has a clinician. */
    CareLinks NONE = personId -> false;

    boolean hasClinician(long personId);
}
