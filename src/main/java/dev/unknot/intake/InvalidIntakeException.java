package dev.unknot.intake;

/** What a person or caller sent cannot be read as an intake; the message names the field and what is allowed. */
public final class InvalidIntakeException extends InvalidInputException {
    public InvalidIntakeException(String field, String problem) {
        super(field, problem);
    }
}
