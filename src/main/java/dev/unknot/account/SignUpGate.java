package dev.unknot.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps sign-ups from starving everything else: every sign-up costs a bcrypt hash, so a flood of
 * them once made assessments ten times slower. A sign-up is counted before it hashes, per client
 * ({@code signUpsPerClient}) and overall ({@code signUpsOverall}) per {@link SignInLimiter#WINDOW},
 * and hashes only while holding one of a few permits ({@code concurrentSignUps}); one that cannot
 * get a permit within {@link #PATIENCE} is turned away as busy rather than queued without end.
 * Thread-safe.
 */
public final class SignUpGate {
    /** How long a sign-up waits for a permit before it is told to come back. */
    static final Duration PATIENCE = Duration.ofMillis(500);

    /** What a sign-up turned away as busy is told to wait. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(2);

    private static final String EVERYONE = "everyone";

    private final AccountLimits limits;
    private final Attempts attempts;
    private final Semaphore permits;

    public SignUpGate(AccountLimits limits, Clock clock) {
        this.limits = limits;
        this.attempts = new Attempts(SignInLimiter.WINDOW, Attempts.DEFAULT_MAXIMUM, clock);
        this.permits = new Semaphore(limits.concurrentSignUps(), true);
    }

    /**
     * Runs {@code signUp} if {@code client} and everyone are within the limits and a permit frees.
     */
    SignIn run(String client, Supplier<SignIn> signUp) {
        Instant now = attempts.now();
        Optional<Duration> wait =
                attempts.reserve("client:" + client, limits.signUpsPerClient(), now);
        if (wait.isEmpty()) {
            wait = attempts.reserve(EVERYONE, limits.signUpsOverall(), now);
        }
        if (wait.isPresent()) {
            return new SignIn.Throttled(wait.get());
        }
        boolean permitted;
        try {
            permitted = permits.tryAcquire(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            permitted = false;
        }
        if (!permitted) {
            return new SignIn.Busy(BUSY_WAIT);
        }
        try {
            return signUp.get();
        } finally {
            permits.release();
        }
    }
}
