package dev.unknot.account;

import java.time.Duration;
import java.util.List;

/** How checking a second-factor code (or recovery code) ended. */
public sealed interface CodeCheck {
    /** The code was right (and is now spent). */
    record Passed() implements CodeCheck {}

    /**
     * The code was right and confirmed a new secret: the second factor is on, with these recovery
     * codes, shown this once.
     */
    record Enrolled(List<String> recoveryCodes) implements CodeCheck {
        public Enrolled {
            recoveryCodes = List.copyOf(recoveryCodes);
        }
    }

    /** Wrong, already used, or no second factor to check it against. */
    record Wrong() implements CodeCheck {}

    /** Too many codes tried for this account lately; none was checked. */
    record Throttled(Duration retryAfter) implements CodeCheck {}
}
