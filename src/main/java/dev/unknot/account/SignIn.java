package dev.unknot.account;

import java.time.Duration;
import java.time.Instant;

/** How an attempt to sign in ended. */
public sealed interface SignIn {

    /**
     * Signed in: the cookie token (given to the browser once, stored only as a hash) and when it
     * expires.
     */
    record Accepted(Account account, String token, Instant expires) implements SignIn {
        @Override
        public String toString() {
            return "Accepted[" + account.username() + "]";
        }
    }

    /** Wrong user name or password; which of the two is not said. */
    record Refused() implements SignIn {}

    /** Too many failed attempts lately; try again after the wait. */
    record Throttled(Duration retryAfter) implements SignIn {}
}
