package dev.unknot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignUpGateTest {
    private static final SignIn DONE = new SignIn.Refused();

    @Test
    void aSignUpFindingEveryPermitTakenIsTurnedAwayAsBusyInsteadOfQueueing() throws Exception {
        SignUpGate gate =
                new SignUpGate(AccountLimits.DEFAULT.withSignUps(100, 100, 1), Clock.systemUTC());
        CountDownLatch hashing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<SignIn> first =
                CompletableFuture.supplyAsync(
                        () ->
                                gate.run(
                                        "10.0.0.1",
                                        () -> {
                                            hashing.countDown();
                                            await(release);
                                            return DONE;
                                        }));
        assertThat(hashing.await(10, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        SignIn second = gate.run("10.0.0.2", () -> DONE);
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        release.countDown();

        assertThat(second).isEqualTo(new SignIn.Busy(SignUpGate.BUSY_WAIT));
        assertThat(waitedMillis).isLessThan(5_000);
        assertThat(first.get(10, TimeUnit.SECONDS)).isSameAs(DONE);
        assertThat(gate.run("10.0.0.3", () -> DONE)).isSameAs(DONE);
    }

    @Test
    void aClientIsTurnedAwayAfterItsSignUpsBeforeAnyIsHashed() {
        SignUpGate gate = new SignUpGate(AccountLimits.DEFAULT, Clock.systemUTC());
        int[] hashed = {0};
        for (int i = 0; i < AccountLimits.DEFAULT.signUpsPerClient(); i++) {
            gate.run("10.0.0.1", () -> hashed[0]++ >= 0 ? DONE : DONE);
        }

        SignIn refused = gate.run("10.0.0.1", () -> hashed[0]++ >= 0 ? DONE : DONE);

        assertThat(refused).isInstanceOf(SignIn.Throttled.class);
        assertThat(hashed[0]).isEqualTo(AccountLimits.DEFAULT.signUpsPerClient());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
