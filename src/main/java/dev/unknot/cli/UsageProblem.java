package dev.unknot.cli;

import dev.unknot.intake.InvalidInputException;

/**
 * A mistake in how unknot was called (a missing file, options that do not go together); exits with
 * code 2. What was typed on the command line is input like any other, so this is an {@link
 * InvalidInputException}; it names the option in its words (an option is not a field path), so its
 * path is empty.
 */
final class UsageProblem extends InvalidInputException {
    UsageProblem(String message) {
        super("", message);
    }
}
