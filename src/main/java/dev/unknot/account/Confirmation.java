package dev.unknot.account;

import java.time.Duration;

/** How asking a signed-in person for their password (and code) again ended. */
public sealed interface Confirmation {
    /** Right: what was asked for is done. */
    record Done() implements Confirmation {}

    /** Wrong password or code: nothing was changed; {@code field} is the one at fault. */
    record Wrong(String field) implements Confirmation {}

    /** Too many wrong tries lately; nothing was checked or changed. */
    record Throttled(Duration retryAfter) implements Confirmation {}
}
