package dev.unknot.account;

/**
 * A signed-in account: the id of its own stored profile, its name (what the diary and follow-up
 * services are keyed by), the user name it signed up with, and its {@link Role}.
 */
public record Account(long personId, String profile, String username, Role role) {
    /** A person's own account (role {@link Role#PERSON}). */
    public Account(long personId, String profile, String username) {
        this(personId, profile, username, Role.PERSON);
    }

    public boolean isClinician() {
        return role == Role.CLINICIAN;
    }
}
