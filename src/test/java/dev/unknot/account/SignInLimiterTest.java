package dev.unknot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInLimiterTest {
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = new Clock() {
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
        assertThat(limiter.wait("alice", "c")).contains(SignInLimiter.WINDOW.minus(Duration.ofMinutes(3)));

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
}
