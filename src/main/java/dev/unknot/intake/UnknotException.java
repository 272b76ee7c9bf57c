package dev.unknot.intake;

/**
 * The root of unknot's own failures, unchecked. Two kinds grow from it: {@link
 * InvalidInputException}, what a person or caller sent cannot be used (they can put it right), and
 * the failures of unknot's own parts (a broken knowledge base, a database that failed). The front
 * ends translate this one type at their edge: an exit code and one line for the command line, a
 * problem document for the web.
 */
public abstract class UnknotException extends RuntimeException {
    protected UnknotException(String message) {
        super(message);
    }

    protected UnknotException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether whoever called unknot can put this right (their input, their settings): exit code 2
     * and an HTTP 4xx; otherwise unknot itself failed: exit code 1 and an HTTP 5xx.
     */
    public abstract boolean callersToFix();

    /**
     * The one line a front end shows for it (after "unknot: "); the message unless a kind names
     * what failed.
     */
    public String shown() {
        return getMessage();
    }
}
