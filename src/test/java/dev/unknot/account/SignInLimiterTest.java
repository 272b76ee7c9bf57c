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

    /** 3 per account and client, 5 per client, 4 per account. */
    private final SignInLimiter limiter =
            new SignInLimiter(new AccountLimits(3, 5, 4, 5, 5, 100, 2), clock);

    @Test
    void aClientIsRefusedAfterItsLimitOfAttemptsOnOneAccount() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit("alice", "attacker"))
                    .isInstanceOf(SignInLimiter.Admitted.class);
        }

        assertThat(limiter.admit("alice", "attacker"))
                .isEqualTo(new SignInLimiter.Refused(SignInLimiter.WINDOW));
    }

    @Test
    void theOwnerFromAnotherClientIsNotLockedOutByAnAttackersFailures() {
        for (int i = 0; i < 10; i++) {
            limiter.admit("alice", "attacker");
        }

        assertThat(limiter.admit("alice", "attacker")).isInstanceOf(SignInLimiter.Refused.class);
        assertThat(limiter.admit("alice", "home")).isInstanceOf(SignInLimiter.Admitted.class);
    }

    @Test
    void oneClientIsRefusedAfterItsLimitAcrossAccounts() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.admit("user" + i, "10.0.0.1"))
                    .isInstanceOf(SignInLimiter.Admitted.class);
        }

        assertThat(limiter.admit("someone-else", "10.0.0.1"))
                .isInstanceOf(SignInLimiter.Refused.class);
        assertThat(limiter.admit("someone-else", "10.0.0.2"))
                .isInstanceOf(SignInLimiter.Admitted.class);
    }

    @Test
    void theAccountLimitStopsOnlyClientsThatHaveAlreadyFailedOnIt() {
        for (int i = 0; i < 6; i++) {
            limiter.admit("alice", "bot-" + i);
        }

        assertThat(limiter.admit("alice", "bot-0")).isInstanceOf(SignInLimiter.Refused.class);
        assertThat(limiter.admit("alice", "home")).isInstanceOf(SignInLimiter.Admitted.class);
    }

    @Test
    void aRightPasswordGivesItsSlotsBackAndForgetsThatClientsFailures() {
        SignInLimiter limiter = new SignInLimiter(new AccountLimits(3, 5, 50, 5, 5, 100, 2), clock);
        limiter.admit("alice", "c");
        limiter.admit("alice", "c");
        limiter.succeeded((SignInLimiter.Admitted) limiter.admit("alice", "c"));

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.admit("alice", "c")).isInstanceOf(SignInLimiter.Admitted.class);
        }
        assertThat(limiter.admit("alice", "c")).isInstanceOf(SignInLimiter.Refused.class);
    }

    @Test
    void theRefusalLiftsWhenTheOldestAttemptLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            limiter.admit("alice", "c");
            now = now.plusSeconds(60);
        }
        assertThat(limiter.admit("alice", "c"))
                .isEqualTo(
                        new SignInLimiter.Refused(
                                SignInLimiter.WINDOW.minus(Duration.ofMinutes(3))));

        now = now.plus(SignInLimiter.WINDOW).minus(Duration.ofMinutes(3));

        assertThat(limiter.admit("alice", "c")).isInstanceOf(SignInLimiter.Admitted.class);
    }

    @Test
    void aSprayOfNamesAndClientsStaysWithinTheBound() {
        for (int i = 0; i < 100_000; i++) {
            limiter.admit("sprayed-" + i, "10.1." + (i / 256) + "." + (i % 256));
        }

        assertThat(limiter.tracked()).isLessThanOrEqualTo(Attempts.DEFAULT_MAXIMUM);
    }

    @Test
    void forgottenOnceTheWindowHasPassed() {
        for (int i = 0; i < 1_000; i++) {
            limiter.admit("user" + i, "client" + i);
        }
        now = now.plus(SignInLimiter.WINDOW);

        assertThat(limiter.tracked()).isZero();
    }

    @Test
    void attemptsFromManyThreadsAtOnceAreAdmittedNoMoreThanTheLimit() throws Exception {
        int threads = 64;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SignInLimiter.Admission>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                done.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return limiter.admit("alice", "attacker");
                                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<SignInLimiter.Admission> thread : done) {
                if (thread.get(30, TimeUnit.SECONDS) instanceof SignInLimiter.Admitted) {
                    admitted++;
                }
            }
            assertThat(admitted).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }
}
