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
 * Attempts per key (a user name, a client, a pair of them) within a sliding window. A slot is
 * <em>reserved</em> before the costly or secret check runs, in one atomic step with the check of
 * the limit, so parallel requests cannot all pass the limit before any of them is counted; a check
 * that turns out well can give its slot back. Kept in memory only (a restart forgets it), in a
 * Caffeine cache bounded in size whose entries expire a window after their last write: a spray of
 * made-up keys cannot grow it without bound (the price: a spray far larger than the bound can push
 * a key out early). Thread-safe: each reservation is one {@code compute} on its key.
 */
final class Attempts {
    static final long DEFAULT_MAXIMUM = 50_000;

    private final Duration window;
    private final Clock clock;
    private final Cache<String, List<Instant>> times;

    Attempts(Duration window, long maximum, Clock clock) {
        if (maximum < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window and the maximum must be positive");
        }
        this.window = window;
        this.clock = clock;
        this.times =
                Caffeine.newBuilder()
                        .maximumSize(maximum)
                        .expireAfterWrite(window)
                        .ticker(() -> nanos(clock.instant()))
                        // upkeep runs on the calling thread: no pool of its own, and tests see it
                        // done
                        .executor(Runnable::run)
                        .build();
    }

    Instant now() {
        return clock.instant();
    }

    Duration window() {
        return window;
    }

    /**
     * Takes a slot at {@code now} for {@code key} if fewer than {@code limit} are taken within the
     * window; otherwise takes none and answers how long until the oldest leaves the window.
     */
    Optional<Duration> reserve(String key, int limit, Instant now) {
        Duration[] wait = new Duration[1];
        times.asMap()
                .compute(
                        key,
                        (unused, taken) -> {
                            List<Instant> kept = inWindow(taken, now);
                            if (kept.size() >= limit) {
                                wait[0] = Duration.between(now, kept.get(0).plus(window));
                                return List.copyOf(kept);
                            }
                            kept.add(now);
                            return List.copyOf(kept);
                        });
        return Optional.ofNullable(wait[0]);
    }

    /**
     * Counts an attempt at {@code now} whatever the count, keeping only the newest {@code limit}
     * (enough to tell whether the key is over it).
     */
    void record(String key, int limit, Instant now) {
        times.asMap()
                .compute(
                        key,
                        (unused, taken) -> {
                            List<Instant> kept = inWindow(taken, now);
                            kept.add(now);
                            return List.copyOf(
                                    kept.subList(Math.max(0, kept.size() - limit), kept.size()));
                        });
    }

    /** Gives back one slot taken at {@code at} (an attempt that turned out well). */
    void release(String key, Instant at) {
        times.asMap()
                .computeIfPresent(
                        key,
                        (unused, taken) -> {
                            List<Instant> kept = new ArrayList<>(taken);
                            kept.remove(at);
                            return kept.isEmpty() ? null : List.copyOf(kept);
                        });
    }

    /** How many slots of {@code key} are taken within the window. */
    int count(String key) {
        return inWindow(times.getIfPresent(key), clock.instant()).size();
    }

    void clear(String key) {
        times.invalidate(key);
    }

    /** How many keys are tracked, after evicting what is over the bound or expired. */
    long tracked() {
        times.cleanUp();
        return times.estimatedSize();
    }

    private List<Instant> inWindow(List<Instant> taken, Instant now) {
        List<Instant> kept = new ArrayList<>();
        if (taken != null) {
            for (Instant time : taken) {
                if (time.plus(window).isAfter(now)) {
                    kept.add(time);
                }
            }
        }
        kept.sort(null);
        return kept;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
