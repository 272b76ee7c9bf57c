package dev.unknot.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing: after {@code perUser} failed sign-ins for one user name, or {@code perClient}
 * from one client, within the window, further attempts are refused until the oldest failure leaves the
 * window. Kept in memory only (a restart forgets it). Thread-safe.
 */
public final class SignInLimiter {
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final int perUser;
    private final int perClient;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public SignInLimiter(int perUser, int perClient, Clock clock) {
        this.perUser = perUser;
        this.perClient = perClient;
        this.clock = clock;
    }

    /** The wait before this user name or client may try again, if either is over its limit. */
    public synchronized Optional<Duration> wait(String username, String client) {
        Instant now = clock.instant();
        Optional<Duration> user = waitFor("user:" + username, perUser, now);
        Optional<Duration> from = waitFor("client:" + client, perClient, now);
        if (user.isPresent() && from.isPresent()) {
            return Optional.of(user.get().compareTo(from.get()) > 0 ? user.get() : from.get());
        }
        return user.isPresent() ? user : from;
    }

    public synchronized void failed(String username, String client) {
        Instant now = clock.instant();
        failures.computeIfAbsent("user:" + username, key -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent("client:" + client, key -> new ArrayDeque<>()).addLast(now);
    }

    public synchronized void succeeded(String username) {
        failures.remove("user:" + username);
    }

    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(key);
            return Optional.empty();
        }
        if (times.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
    }
}
