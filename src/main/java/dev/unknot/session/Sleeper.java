package dev.unknot.session;

import java.time.Duration;

/** Waits between the ticks of a countdown: really, or not at all in tests. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration);

    /** Sleeps on the current thread; an interrupt ends the wait early and stays set. */
    static Sleeper real() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
