package dev.unknot.account;

/**
 * What an account may do. Everyone who signs up is a {@link #PERSON} with a record of their own. A
 * {@link #CLINICIAN} is made only by an administrator's command ({@code unknot clinic
 * add-clinician}), because one clinician's sign-in opens the records of everyone who said yes to
 * them: whoever runs the service vouches for the role.
 */
public enum Role {
    PERSON,
    CLINICIAN;

    /** The stored role; an unknown value is a broken database, not a person's mistake. */
    public static Role stored(String name) {
        return Role.valueOf(name);
    }
}
