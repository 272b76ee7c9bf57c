package dev.unknot.cli;

/** A mistake in how unknot was called (a missing file, options that do not go together); exits with code 2. */
final class UsageProblem extends RuntimeException {
    UsageProblem(String message) {
        super(message);
    }
}
