package dev.unknot.web;

import dev.unknot.intake.UnknotException;

/**
 * Ends a request with a problem document of its own (not found, too large, sign-in needed); thrown
 * by the web adapters, mapped in one place. It is one of unknot's own failures, but not an {@code
 * InvalidInputException}: what it refuses is the request as a whole, with an HTTP status the web
 * chose, not a field of the input.
 */
public final class ProblemException extends UnknotException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public boolean callersToFix() {
        return problem.status() < 500;
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(
                Problem.of(
                        "too-large",
                        "Request body too large",
                        413,
                        "the request body is larger than " + limit + " bytes",
                        ""));
    }

    /** A record that does not exist, or is another person's: the two answer alike. */
    static ProblemException notFound(String what) {
        return new ProblemException(
                Problem.of(
                        "not-found",
                        "Not found",
                        404,
                        "there is no such " + what + " of yours",
                        ""));
    }

    /**
     * A record id from a path; one that is not a positive number is as absent as another person's.
     */
    static long recordId(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw notFound("record");
    }

    static ProblemException signInNeeded() {
        return new ProblemException(
                Problem.of(
                        "sign-in-needed",
                        "Sign in needed",
                        401,
                        "sign in to keep a diary, sessions and measures",
                        ""));
    }

    static ProblemException unsupportedType(String given, String expected) {
        return new ProblemException(
                Problem.of(
                        "unsupported-media-type",
                        "Unsupported content type",
                        415,
                        "the body must be "
                                + expected
                                + ", was "
                                + (given == null || given.isBlank() ? "none" : given),
                        "Content-Type"));
    }
}
