package dev.unknot.clinic;

import dev.unknot.intake.InvalidInputException;

/** A clinician's note on reviewed advice, as the person will read it: 1 to 1000 characters. */
final class ReviewNote {
    static final int MAX = 1000;

    private ReviewNote() {}

    static String check(String note) {
        String stripped = note.strip();
        if (stripped.isEmpty() || stripped.length() > MAX) {
            throw new InvalidInputException(
                    "note", "must be 1 to " + MAX + " characters: what you tell the person");
        }
        return stripped;
    }
}
