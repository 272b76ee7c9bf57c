package dev.unknot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignInLimiterTest {
    private volatile Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock =
            new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
    private final SignInLimiter limiter = new SignInLimiter(3, 5, clock);

    @Test
    void aUserNameIsLockedAfterItsLimitOfFailures() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.wait("alice", "client-" + i)).isEmpty();
            limiter.failed("alice", "client-" + i);
        }

        assertThat(limiter.wait("alice", "client-9")).contains(SignInLimiter.WINDOW);
        assertThat(limiter.wait("bob", "client-9")).isEmpty();
    }

    @Test
    void oneClientIsLockedAfterItsLimitAcrossUserNames() {
        for (int i = 0; i < 5; i++) {
            limiter.failed("user" + i, "10.0.0.1");
        }

        assertThat(limiter.wait("someone-else", "10.0.0.1")).isPresent();
        assertThat(limiter.wait("someone-else", "10.0.0.2")).isEmpty();
    }

    @Test
    void theLockLiftsWhenTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.failed("alice", "c");
            now = now.plusSeconds(60);
        }
        assertThat(limiter.wait("alice", "c"))
                .contains(SignInLimiter.WINDOW.minus(Duration.ofMinutes(3)));

        now = now.plus(SignInLimiter.WINDOW).minus(Duration.ofMinutes(3));

        assertThat(limiter.wait("alice", "c")).isEmpty();
    }

    @Test
    void successClearsTheUserNamesFailures() {
        limiter.failed("alice", "c");
        limiter.failed("alice", "c");
        limiter.succeeded("alice");
        limiter.failed("alice", "c");

        assertThat(limiter.wait("alice", "c")).isEmpty();
    }

    @Test
    void aSprayOfNamesAndClientsStaysWithinTheBound() {
        for (int i = 0; i < 100_000; i++) {
            limiter.failed("sprayed-" + i, "10.1." + (i / 256) + "." + (i % 256));
        }

        assertThat(limiter.tracked()).isLessThanOrEqualTo(SignInLimiter.DEFAULT_MAXIMUM);
    }

    @Test
    void forgottenOnceTheWindowHasPassed() {
        for (int i = 0; i < 1_000; i++) {
            limiter.failed("user" + i, "client" + i);
        }
        now = now.plus(SignInLimiter.WINDOW);

        assertThat(limiter.tracked()).isZero();
    }

    @Test
    void failuresFromManyThreadsAtOnceAreEachCountedOnce() throws Exception {
        int threads = 16;
        int each = 100;
        int total = threads * each;
        SignInLimiter exactlyAtTheLimit = new SignInLimiter(total, total, clock);
        SignInLimiter oneBelowTheLimit = new SignInLimiter(total + 1, total, clock);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                String client = "client-" + t;
                done.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    for (int i = 0; i < each; i++) {
                                        exactlyAtTheLimit.failed("alice", client);
                                        oneBelowTheLimit.failed("alice", client);
                                    }
                                    return null;
                                }));
            }
            start.countDown();
            for (Future<?> thread : done) {
                thread.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(exactlyAtTheLimit.wait("alice", "elsewhere")).contains(SignInLimiter.WINDOW);
        assertThat(oneBelowTheLimit.wait("alice", "elsewhere")).isEmpty();
    }
}
