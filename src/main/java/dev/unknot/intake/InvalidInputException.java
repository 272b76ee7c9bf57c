package dev.unknot.intake;

/**
 * Something a person or caller sent cannot be used: a field out of range, a date in the future, a
 * file that is not the expected form. It keeps the {@link #path() path} of the field at fault apart
 * from the {@link #reason() reason}, so that a reader of a nested document can place it ({@link
 * #within}) without editing the text. The message is "PATH: REASON"; front ends turn it into exit
 * code 2 or an HTTP 400 problem document.
 */
public class InvalidInputException extends UnknotException {
    private final String path;
    private final String reason;

    public InvalidInputException(String path, String reason) {
        super(path.isEmpty() ? reason : path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    /**
     * The field at fault, e.g. {@code flags.fever}, {@code steps[2].outcome} or {@code pain}; empty
     * for the input as a whole.
     */
    public String path() {
        return path;
    }

    /**
     * What is wrong with it and what is allowed, without the path, e.g. "must be a whole number
     * from 0 to 10, was 11".
     */
    public String reason() {
        return reason;
    }

    /**
     * The same problem, placed inside {@code parent}: {@code within("diary[3]")} turns {@code pain}
     * into {@code diary[3].pain} (and the input as a whole into {@code diary[3]}); the reason stays
     * as it was.
     */
    public InvalidInputException within(String parent) {
        String placed =
                parent.isEmpty()
                        ? path
                        : path.isEmpty()
                                ? parent
                                : path.startsWith("[") ? parent + path : parent + "." + path;
        InvalidInputException moved = new InvalidInputException(placed, reason);
        moved.initCause(this);
        return moved;
    }

    @Override
    public boolean callersToFix() {
        return true;
    }
}
