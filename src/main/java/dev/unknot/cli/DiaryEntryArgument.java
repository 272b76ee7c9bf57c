package dev.unknot.cli;

import dev.unknot.intake.InvalidInputException;
import picocli.CommandLine.Parameters;

/**
 * The ID argument of {@code unknot diary edit} and {@code delete}: an entry number as {@code unknot
 * diary} shows it, read once into a number, and the one error for an entry a diary does not hold.
 */
final class DiaryEntryArgument {
    @Parameters(paramLabel = "ID", description = "The entry's number, as 'unknot diary' shows it.")
    String text;

    /** The entry number typed, or an error naming ID. */
    long id() {
        try {
            long id = Long.parseLong(text.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(
                "ID", "must be an entry number as 'unknot diary' shows it, was '" + text + "'");
    }

    InvalidInputException notIn(String profile) {
        return new InvalidInputException(
                "ID", "the diary of '" + profile + "' has no entry " + text.trim());
    }
}
