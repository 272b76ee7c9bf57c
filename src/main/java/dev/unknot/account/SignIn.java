package dev.unknot.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How an attempt to sign up or in ended. */
public sealed interface SignIn {

    /**
     * Signed in: the cookie token (given to the browser once, stored only as a hash), when it
     * expires, and the recovery codes made when this sign-in also finished enrolling a second
     * factor (shown once; empty otherwise).
     */
    record Accepted(Account account, String token, Instant expires, List<String> recoveryCodes)
            implements SignIn {
        public Accepted {
            recoveryCodes = List.copyOf(recoveryCodes);
        }

        public Accepted(Account account, String token, Instant expires) {
            this(account, token, expires, List.of());
        }

        @Override
        public String toString() {
            return "Accepted[" + account.username() + "]";
        }
    }

    /**
     * The password was right, but the account needs a second factor: the token of a half sign-in
     * (good for nothing but the code step, for {@link SecondFactors#PENDING_LIFETIME}), and whether
     * the account still has to enrol one.
     */
    record SecondFactorDue(String token, Instant expires, boolean enrolmentNeeded)
            implements SignIn {
        @Override
        public String toString() {
            return "SecondFactorDue[]";
        }
    }

    /** Wrong user name or password (or code); which is not said. */
    record Refused() implements SignIn {}

    /** Too many attempts lately from this client or for this account; try again after the wait. */
    record Throttled(Duration retryAfter) implements SignIn {}

    /** Too much password work at this moment (sign-ups); try again after the wait. */
    record Busy(Duration retryAfter) implements SignIn {}
}
