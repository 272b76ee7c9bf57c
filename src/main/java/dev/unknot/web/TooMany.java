package dev.unknot.web;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * Answers to requests over a limit: a {@code Retry-After} in whole seconds (rounded up, never 0),
 * 429 for too many attempts, 503 when too much work is already running, and the wait in words.
 */
final class TooMany {
    private TooMany() {}

    static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.getNano() == 0 ? 0 : 1));
    }

    /** Sets {@code Retry-After} and returns the seconds it says. */
    static long retryAfter(Context ctx, Duration wait) {
        long seconds = seconds(wait);
        ctx.header("Retry-After", String.valueOf(seconds));
        return seconds;
    }

    /** A 429 problem for too many attempts of {@code what}, with {@code Retry-After} set. */
    static ProblemException attempts(Context ctx, Duration wait, String what) {
        long seconds = retryAfter(ctx, wait);
        return new ProblemException(
                Problem.of(
                        "too-many-attempts",
                        "Too many attempts",
                        429,
                        "too many " + what + " lately; try again in " + seconds + " s",
                        ""));
    }

    /** A 503 problem for too much work at once, with {@code Retry-After} set. */
    static ProblemException busy(Context ctx, Duration wait) {
        long seconds = retryAfter(ctx, wait);
        return new ProblemException(
                Problem.of(
                        "busy",
                        "Busy",
                        503,
                        "too many accounts are being made at this moment; try again in "
                                + seconds
                                + " s",
                        ""));
    }

    /** The wait in words: "a few seconds", "a minute", "12 minutes". */
    static String inWords(Duration wait) {
        if (wait.toSeconds() < 50) {
            return "a few seconds";
        }
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
