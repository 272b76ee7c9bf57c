package dev.unknot.intake;

/** What a person or caller sent cannot be read as an intake; the message names the field and what is allowed. */
public final class InvalidIntakeException extends RuntimeException {
    private final String field;

    public InvalidIntakeException(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
    }

    /** The field at fault, as a JSON path like {@code flags.fever}; empty for the document as a whole. */
    public String field() {
        return field;
    }
}
