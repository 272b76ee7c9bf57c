package dev.unknot.app;

import dev.unknot.account.AccountLimits;
import dev.unknot.config.Config;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.session.Sleeper;
import dev.unknot.store.DatabaseUrl;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The program as tests build it: through {@link App}, exactly as {@code Main} does, only with one
 * knowledge base loaded once for the whole test run, the lowest bcrypt cost, and a clock and
 * sleeper of the test's choosing.
 */
public final class TestApps {
    /** Loaded once: every test's program shares it, as a real run shares its one. */
    public static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    /** The lowest bcrypt cost: tests sign up many people. */
    public static final int PASSWORD_COST = 4;

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestApps() {}

    /**
     * The service's limits, but room for the many sign-ups from one address that tests of other
     * things make (the limits themselves are tested with {@link AccountLimits#DEFAULT}).
     */
    public static final AccountLimits ROOMY = AccountLimits.DEFAULT.withSignUps(10_000, 10_000, 4);

    /** A program with the given configuration, clock and sleeper. */
    public static App app(Config config, Clock clock, Sleeper sleeper) {
        return App.start(
                new App.Settings(config, clock, sleeper, PASSWORD_COST).withLimits(ROOMY),
                CompletableFuture.completedFuture(KNOWLEDGE));
    }

    /** A program on a fresh in-memory H2 database of its own, on the system clock. */
    public static App inMemory(String name) {
        return inMemory(name, AccountLimits.DEFAULT, Clock.systemDefaultZone());
    }

    /**
     * A program on a fresh in-memory H2 database of its own, with these account limits and clock.
     */
    public static App inMemory(String name, AccountLimits limits, Clock clock) {
        return inMemory(name, limits, clock, PASSWORD_COST);
    }

    /**
     * A program on a fresh in-memory H2 database of its own, with these account limits, clock and
     * bcrypt cost (a real cost, where a test needs a password check to take real time).
     */
    public static App inMemory(String name, AccountLimits limits, Clock clock, int passwordCost) {
        DatabaseUrl url =
                new DatabaseUrl(
                        "jdbc:h2:mem:" + name + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        return App.start(
                new App.Settings(
                                new Config(
                                        Path.of("target", "no-home"), url, Config.DEFAULT_PROFILE),
                                clock,
                                Sleeper.real(),
                                passwordCost)
                        .withLimits(limits),
                CompletableFuture.completedFuture(KNOWLEDGE));
    }
}
