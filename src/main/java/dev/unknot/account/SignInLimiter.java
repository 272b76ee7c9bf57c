package dev.unknot.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows password guessing without locking the owner out. Every password check takes a slot
 * <em>before</em> bcrypt runs (so parallel guesses cannot all slip past the count), under three
 * limits per {@link #WINDOW}:
 *
 * <ul>
 *   <li>per account and client ({@code perAccountAndClient}, 5): the guesser at one address is
 *       stopped after a handful of tries at one account;
 *   <li>per client ({@code perClient}, 20): the same address spraying many accounts is stopped;
 *   <li>per account ({@code perAccount}, 50): counted for every check, but enforced only on clients
 *       that have already failed on this account. A client that has not been failing (the owner at
 *       home) still gets its password checked, so an attacker elsewhere cannot lock the owner out;
 *       an attacker with many addresses gets one try from each before the account limit stops them.
 * </ul>
 *
 * A right password gives its slots back and forgets that client's failures on the account; a wrong
 * one keeps them counted. The same limits guard the password asked again to delete an account. Kept
 * in memory only (a restart forgets it) in {@link Attempts}, bounded in size. Thread-safe.
 */
public final class SignInLimiter {
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final AccountLimits limits;
    private final Attempts attempts;

    public SignInLimiter(AccountLimits limits, Clock clock) {
        this(limits, Attempts.DEFAULT_MAXIMUM, clock);
    }

    SignInLimiter(AccountLimits limits, long maximum, Clock clock) {
        this.limits = limits;
        this.attempts = new Attempts(WINDOW, maximum, clock);
    }

    /** A password check allowed to run, or the wait before this client may try this account. */
    public sealed interface Admission {}

    /** Allowed: a slot is taken; settle it with {@link #succeeded} if the password is right. */
    public record Admitted(String username, String client, Instant at) implements Admission {}

    /** Refused before any check runs; try again after the wait. */
    public record Refused(Duration retryAfter) implements Admission {}

    /** Takes a slot for checking {@code username}'s password from {@code client}, if allowed. */
    public Admission admit(String username, String client) {
        Instant now = attempts.now();
        String pair = pair(username, client);
        boolean failedHereBefore = attempts.count(pair) > 0;
        Optional<Duration> wait = attempts.reserve(pair, limits.perAccountAndClient(), now);
        if (wait.isPresent()) {
            return new Refused(wait.get());
        }
        wait = attempts.reserve(client(client), limits.perClient(), now);
        if (wait.isPresent()) {
            attempts.release(pair, now);
            return new Refused(wait.get());
        }
        if (failedHereBefore) {
            wait = attempts.reserve(account(username), limits.perAccount(), now);
            if (wait.isPresent()) {
                attempts.release(pair, now);
                attempts.release(client(client), now);
                return new Refused(wait.get());
            }
        } else {
            attempts.record(account(username), limits.perAccount(), now);
        }
        return new Admitted(username, client, now);
    }

    /**
     * The password was right: its slots are given back and this client's failures on the account
     * forgotten.
     */
    public void succeeded(Admitted admitted) {
        attempts.clear(pair(admitted.username(), admitted.client()));
        attempts.release(client(admitted.client()), admitted.at());
        attempts.release(account(admitted.username()), admitted.at());
    }

    /** How many keys are tracked, after evicting what is over the bound or expired. */
    long tracked() {
        return attempts.tracked();
    }

    private static String pair(String username, String client) {
        return "pair:" + username + "\n" + client;
    }

    private static String client(String client) {
        return "client:" + client;
    }

    private static String account(String username) {
        return "user:" + username;
    }
}
