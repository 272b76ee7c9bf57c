package dev.unknot.intake;

/**
 * Something a person or caller sent cannot be used: a field out of range, a date in the future, a file
 * that is not the expected form. The message names the field and what is allowed; front ends turn it
 * into exit code 2 or an HTTP 4xx problem document.
 */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
    }

    /** The field at fault, e.g. {@code flags.fever} or {@code pain}; empty for the input as a whole. */
    public String field() {
        return field;
    }
}
