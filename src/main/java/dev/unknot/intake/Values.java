package dev.unknot.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the plain values people type (a date, a whole number in a range) for every front end, with
 * the same message naming the field and what is allowed.
 */
public final class Values {
    private Values() {}

    /** A date written YYYY-MM-DD. */
    public static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field, "must be a date written YYYY-MM-DD, was '" + text + "'");
        }
    }

    /** A whole number from {@code min} to {@code max}. */
    public static int wholeNumber(String field, String text, int min, int max) {
        try {
            int number = Integer.parseInt(text.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // the message below says what is allowed
        }
        throw new InvalidInputException(
                field,
                "must be a whole number from " + min + " to " + max + ", was '" + text + "'");
    }
}
