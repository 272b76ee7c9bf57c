package dev.unknot.intake;

/**
 * What a person or caller sent cannot be read as an intake; the path names the field and the reason
 * what is allowed.
 */
public final class InvalidIntakeException extends InvalidInputException {
    public InvalidIntakeException(String path, String reason) {
        super(path, reason);
    }
}
