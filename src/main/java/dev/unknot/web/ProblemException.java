package dev.unknot.web;

/** Ends a request with a problem document; thrown by the web adapters, mapped in one place. */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(Problem.of("too-large", "Request body too large", 413,
                "the request body is larger than " + limit + " bytes", ""));
    }

    /** A record that does not exist, or is another person's: the two answer alike. */
    static ProblemException notFound(String what) {
        return new ProblemException(Problem.of("not-found", "Not found", 404, "there is no such " + what + " of yours", ""));
    }

    /** A record id from a path; one that is not a positive number is as absent as another person's. */
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
        return new ProblemException(Problem.of("sign-in-needed", "Sign in needed", 401,
                "sign in to keep a diary, sessions and measures", ""));
    }

    static ProblemException unsupportedType(String given, String expected) {
        return new ProblemException(Problem.of("unsupported-media-type", "Unsupported content type", 415,
                "the body must be " + expected + ", was " + (given == null || given.isBlank() ? "none" : given),
                "Content-Type"));
    }
}
