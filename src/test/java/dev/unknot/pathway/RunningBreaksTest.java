package dev.unknot.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.app.TestClock;
import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakKind;
import dev.unknot.breaks.BreakOffer;
import dev.unknot.breaks.BreakOutcome;
import dev.unknot.breaks.BreakStatus;
import dev.unknot.breaks.Postponement;
import dev.unknot.config.Config;
import dev.unknot.store.DatabaseUrl;
import dev.unknot.web.AccessLog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The break schedules the web page drives, built as {@code Main} builds the web app. */
class RunningBreaksTest {
    private static final Instant MONDAY_NINE = Instant.parse("2026-11-30T09:00:00Z");
    private static final AtomicInteger NAMES = new AtomicInteger();
    private final TestClock clock = new TestClock(MONDAY_NINE);
    private final App app =
            TestApps.app(
                    new Config(
                            Path.of("target", "no-home"),
                            new DatabaseUrl(
                                    "jdbc:h2:mem:running"
                                            + NAMES.incrementAndGet()
                                            + ";DB_CLOSE_DELAY=-1"),
                            Config.DEFAULT_PROFILE),
                    clock,
                    duration -> {});
    private final RunningBreaks breaks =
            app.web(Optional.empty(), AccessLog.NONE).prevention().breaks();

    @AfterEach
    void close() {
        app.close();
    }

    private List<BreakOutcome> history(String profile) {
        return breaks.breaks().day(profile, breaks.breaks().today()).stream()
                .map(BreakEvent::outcome)
                .toList();
    }

    private BreakStatus status(String profile) {
        return breaks.check(profile, Duration.ZERO).status();
    }

    @Test
    void aMorningThroughThePageNoticePostponeOnceThenATimedBreak() {
        assertThat(status("ann"))
                .isEqualTo(
                        new BreakStatus.Waiting(
                                Instant.parse("2026-11-30T09:30:00Z"),
                                Instant.parse("2026-11-30T09:29:00Z"),
                                BreakKind.SHORT));

        clock.advance(Duration.ofMinutes(29));
        assertThat(status("ann")).isInstanceOf(BreakStatus.Notice.class);
        breaks.noticeShown("ann");
        assertThat(status("ann")).isInstanceOf(BreakStatus.Waiting.class);

        clock.advance(Duration.ofMinutes(1));
        assertThat(status("ann")).isEqualTo(new BreakStatus.Due(BreakKind.SHORT, true));
        Postponement postponed = breaks.postpone("ann");
        assertThat(postponed)
                .isInstanceOf(Postponement.Postponed.class)
                .extracting(p -> ((Postponement.Postponed) p).until())
                .isEqualTo(Instant.parse("2026-11-30T09:35:00Z"));

        clock.advance(Duration.ofMinutes(5));
        assertThat(status("ann")).isEqualTo(new BreakStatus.Due(BreakKind.SHORT, false));
        assertThat(breaks.postpone("ann")).isInstanceOf(Postponement.Refused.class);

        RunningBreaks.Started started = breaks.start("ann");
        assertThat(started.offer()).isInstanceOf(BreakOffer.Exercises.class);
        assertThat(started.exerciseIds()).hasSizeBetween(1, 2);
        assertThat(breaks.check("ann", Duration.ZERO).started()).contains(started);

        clock.advance(Duration.ofMinutes(2));
        BreakEvent taken = breaks.done("ann").orElseThrow();
        assertThat(taken.outcome()).isEqualTo(BreakOutcome.TAKEN);
        assertThat(taken.seconds()).isEqualTo(120);
        assertThat(taken.exercises()).isEqualTo(started.exerciseIds());
        assertThat(history("ann")).containsExactly(BreakOutcome.POSTPONED, BreakOutcome.TAKEN);
        assertThat(status("ann"))
                .isInstanceOf(BreakStatus.Waiting.class)
                .extracting(s -> ((BreakStatus.Waiting) s).breakAt())
                .isEqualTo(Instant.parse("2026-11-30T10:07:00Z"));
        assertThat(breaks.today("ann").taken()).isEqualTo(1);
    }

    @Test
    void timeAwayFromTheKeyboardCountsAsOneBreakHoweverOftenThePageAsks() {
        status("bob");
        clock.advance(Duration.ofMinutes(20));
        assertThat(breaks.check("bob", Duration.ofMinutes(6)).natural()).isPresent();
        assertThat(breaks.check("bob", Duration.ofMinutes(7)).natural()).isEmpty();
        assertThat(breaks.check("bob", Duration.ZERO).natural()).isEmpty();

        assertThat(history("bob")).containsExactly(BreakOutcome.NATURAL);
    }

    @Test
    void aScheduleCountsFromWhenThePersonFirstOpensThePage() {
        clock.advance(Duration.ofMinutes(40));

        assertThat(status("hal"))
                .isInstanceOf(BreakStatus.Waiting.class)
                .extracting(s -> ((BreakStatus.Waiting) s).breakAt())
                .isEqualTo(Instant.parse("2026-11-30T10:10:00Z"));
    }

    @Test
    void nothingIsSkippedOrDoneWhenNoBreakIsDueOrStarted() {
        assertThat(breaks.skip("cy")).isEmpty();
        assertThat(breaks.done("cy")).isEmpty();
        assertThat(history("cy")).isEmpty();
    }

    @Test
    void aSkipAndAPauseAreKeptForThePersonAcrossRequests() {
        status("dee");
        clock.advance(Duration.ofMinutes(30));
        assertThat(breaks.skip("dee")).isPresent();
        assertThat(status("dee")).isInstanceOf(BreakStatus.Waiting.class);

        breaks.pauseUntilTomorrow("dee");
        assertThat(status("dee"))
                .isEqualTo(new BreakStatus.Paused(Instant.parse("2026-12-01T09:00:00Z")));
        breaks.resume("dee");
        assertThat(status("dee")).isInstanceOf(BreakStatus.Waiting.class);
        assertThat(history("dee")).containsExactly(BreakOutcome.SKIPPED);
    }

    @Test
    void newSettingsRestartThePersonsScheduleFromThem() {
        breaks.check("eve", Duration.ZERO);
        breaks.save("eve", breaks.settings("eve").withEvery(45));

        assertThat(status("eve"))
                .isInstanceOf(BreakStatus.Waiting.class)
                .extracting(s -> ((BreakStatus.Waiting) s).breakAt())
                .isEqualTo(Instant.parse("2026-11-30T09:45:00Z"));
    }

    @Test
    void aNewDayStartsAFreshScheduleFromThatDaysWorkingHours() {
        breaks.pauseFor("fay", Duration.ofHours(1));
        status("gil");
        clock.set(Instant.parse("2026-12-01T08:00:00Z"));

        assertThat(status("fay"))
                .isEqualTo(new BreakStatus.OffHours(Instant.parse("2026-12-01T09:00:00Z")));
        assertThat(breaks.people()).as("yesterday's schedules are dropped").containsExactly("fay");
    }

    @Test
    void manyRequestsAtOnceStillPostponeOnceAndRecordOneTakenBreak() throws Exception {
        status("gus");
        clock.advance(Duration.ofMinutes(30));
        assertThat(status("gus")).isInstanceOf(BreakStatus.Due.class);

        List<Object> postponed = all(16, () -> breaks.postpone("gus"));
        assertThat(postponed).filteredOn(Postponement.Postponed.class::isInstance).hasSize(1);

        clock.advance(Duration.ofMinutes(5));
        List<Object> started = all(16, () -> breaks.start("gus"));
        assertThat(started).containsOnly(started.get(0));
        clock.advance(Duration.ofMinutes(1));
        List<Object> done = all(16, () -> breaks.done("gus"));
        assertThat(done).filteredOn(result -> ((Optional<?>) result).isPresent()).hasSize(1);

        assertThat(history("gus")).containsExactly(BreakOutcome.POSTPONED, BreakOutcome.TAKEN);
    }

    /** Runs {@code action} on {@code threads} threads released together; their answers. */
    private static List<Object> all(int threads, Callable<Object> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(
                        pool.submit(
                                () -> {
                                    go.await();
                                    return action.call();
                                }));
            }
            go.countDown();
            List<Object> answers = new ArrayList<>();
            for (Future<Object> future : futures) {
                answers.add(future.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
