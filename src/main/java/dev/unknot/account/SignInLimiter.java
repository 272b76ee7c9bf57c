package dev.unknot.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Slows password guessing: after {@code perUser} failed sign-ins for one user name, or {@code
 * perClient} from one client, within the window, further attempts are refused until the oldest
 * failure leaves the window. Kept in memory only (a restart forgets it), in a Caffeine cache
 * bounded in size, whose entries expire a window after their last failure: a spray of made-up names
 * or addresses cannot grow it without bound. Each entry keeps only the newest failures its limit
 * needs. The price of the bound: a spray far larger than it can push a name out early, forgetting
 * its failures, though the spraying client still meets its own limit. Thread-safe: each failure is
 * counted atomically.
 */
public final class SignInLimiter {
    public static final Duration WINDOW = Duration.ofMinutes(15);
    static final long DEFAULT_MAXIMUM = 50_000;

    private static final String USER = "user:";
    private static final String CLIENT = "client:";

    private final int perUser;
    private final int perClient;
    private final Clock clock;
    private final Cache<String, List<Instant>> failures;

    public SignInLimiter(int perUser, int perClient, Clock clock) {
        this(perUser, perClient, DEFAULT_MAXIMUM, clock);
    }

    SignInLimiter(int perUser, int perClient, long maximum, Clock clock) {
        if (perUser < 1 || perClient < 1 || maximum < 1) {
            throw new IllegalArgumentException("the limits and the maximum must be positive");
        }
        this.perUser = perUser;
        this.perClient = perClient;
        this.clock = clock;
        this.failures =
                Caffeine.newBuilder()
                        .maximumSize(maximum)
                        .expireAfterWrite(WINDOW)
                        .ticker(() -> nanos(clock.instant()))
                        // upkeep runs on the calling thread: no pool of its own, and tests see it
                        // done
                        .executor(Runnable::run)
                        .build();
    }

    /** The wait before this user name or client may try again, if either is over its limit. */
    public Optional<Duration> wait(String username, String client) {
        Instant now = clock.instant();
        Optional<Duration> user = waitFor(USER + username, perUser, now);
        Optional<Duration> from = waitFor(CLIENT + client, perClient, now);
        if (user.isPresent() && from.isPresent()) {
            return Optional.of(user.get().compareTo(from.get()) > 0 ? user.get() : from.get());
        }
        return user.isPresent() ? user : from;
    }

    public void failed(String username, String client) {
        Instant now = clock.instant();
        count(USER + username, perUser, now);
        count(CLIENT + client, perClient, now);
    }

    public void succeeded(String username) {
        failures.invalidate(USER + username);
    }

    /**
     * How many user names and clients are tracked, after evicting what is over the bound or
     * expired.
     */
    long tracked() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    private void count(String key, int limit, Instant now) {
        failures.asMap().compute(key, (unused, times) -> withFailure(times, limit, now));
    }

    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        List<Instant> times = failures.getIfPresent(key);
        if (times == null || times.size() < limit || !inWindow(times.get(0), now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, times.get(0).plus(WINDOW)));
    }

    /**
     * The newest {@code limit} failures still in the window, oldest first, with one at {@code now}.
     */
    private static List<Instant> withFailure(List<Instant> times, int limit, Instant now) {
        List<Instant> kept = new ArrayList<>();
        if (times != null) {
            for (Instant time : times) {
                if (inWindow(time, now)) {
                    kept.add(time);
                }
            }
        }
        kept.add(now);
        kept.sort(null);
        return List.copyOf(kept.subList(Math.max(0, kept.size() - limit), kept.size()));
    }

    private static boolean inWindow(Instant time, Instant now) {
        return time.plus(WINDOW).isAfter(now);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
