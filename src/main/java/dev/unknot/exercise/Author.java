package dev.unknot.exercise;

import java.util.Optional;

/**
 * Who wrote a plan version: a clinician (their account's person id and name) or unknot itself, for
 * a plan started from the generated one or changed by a progression rule for a person without a
 * clinician.
 */
public record Author(Optional<Long> clinicianId, String name) {
    /** unknot itself. */
    public static final Author UNKNOT = new Author(Optional.empty(), "unknot");

    public Author {
        if (name.isBlank()) {
            throw new IllegalArgumentException("an author needs a name");
        }
    }

    /** A clinician, by their account's person id and the name people see. */
    public static Author clinician(long id, String name) {
        return new Author(Optional.of(id), name);
    }

    public boolean isUnknot() {
        return clinicianId.isEmpty();
    }
}
