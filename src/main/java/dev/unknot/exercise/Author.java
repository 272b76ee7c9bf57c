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

    /** A clinician known only by name: one whose version came from another database's export. */
    public static Author clinicianNamed(String name) {
        return new Author(Optional.empty(), name);
    }

    /** A clinician, by their account's person id and the name people see. */
    public static Author clinician(long id, String name) {
        return new Author(Optional.of(id), name);
    }

    /**
     * Whether unknot wrote it: no clinician id and the name "unknot". A clinician's version
     * imported from another database keeps the clinician's name but no id (the id would mean
     * nothing here), and is still a clinician's.
     */
    public boolean isUnknot() {
        return clinicianId.isEmpty() && UNKNOT.name().equals(name);
    }
}
