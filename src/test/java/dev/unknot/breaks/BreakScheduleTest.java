package dev.unknot.breaks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestApps;
import dev.unknot.app.TestClock;
import dev.unknot.knowledge.BreakKnowledge;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A working day driven through the schedule with a clock moved by hand. */
class BreakScheduleTest {
    static final BreakKnowledge KNOWLEDGE = BreakKnowledge.load(TestApps.KNOWLEDGE);
    static final BreakSettings DEFAULTS = BreakSettings.defaults(KNOWLEDGE);

    /** Monday 30 November 2026, in UTC. */
    static Instant monday(String time) {
        return Instant.parse("2026-11-30T" + time + ":00Z");
    }

    private final TestClock clock = new TestClock(monday("08:50"));

    private BreakSchedule schedule() {
        return new BreakSchedule(DEFAULTS, clock);
    }

    private void at(String time) {
        clock.set(monday(time));
    }

    @Test
    void defaultsComeFromTheReviewedKnowledge() {
        assertThat(DEFAULTS.everyMinutes()).isEqualTo(30);
        assertThat(DEFAULTS.longAfterMinutes()).isEqualTo(60);
        assertThat(DEFAULTS.longBreakMinutes()).isEqualTo(5);
        assertThat(DEFAULTS.noticeMinutes()).isEqualTo(1);
        assertThat(DEFAULTS.postponeMinutes()).isEqualTo(5);
        assertThat(DEFAULTS.naturalBreakMinutes()).isEqualTo(5);
        assertThat(DEFAULTS.place()).isEqualTo(Place.OFFICE);
    }

    @Test
    void beforeWorkingHoursNothingIsDueUntilTheyStart() {
        BreakSchedule schedule = schedule();
        assertThat(schedule.status()).isEqualTo(new BreakStatus.OffHours(monday("09:00")));
    }

    @Test
    void theFirstBreakIsDueThirtyMinutesIntoTheDayWithANoticeAMinuteBefore() {
        BreakSchedule schedule = schedule();
        at("09:10");
        assertThat(schedule.status())
                .isEqualTo(
                        new BreakStatus.Waiting(monday("09:30"), monday("09:29"), BreakKind.SHORT));
        at("09:29");
        assertThat(schedule.status())
                .isEqualTo(new BreakStatus.Notice(monday("09:30"), BreakKind.SHORT));
        schedule.noticeShown();
        assertThat(schedule.status())
                .isEqualTo(
                        new BreakStatus.Waiting(monday("09:30"), monday("09:30"), BreakKind.SHORT));
        at("09:30");
        assertThat(schedule.status()).isEqualTo(new BreakStatus.Due(BreakKind.SHORT, true));
    }

    @Test
    void afterAnHourOfScreenWorkTheBreakIsALongOneAndALongBreakStartsTheCountAgain() {
        BreakSchedule schedule = schedule();
        at("09:30");
        clock.advance(Duration.ofSeconds(90));
        BreakEvent first = schedule.taken(monday("09:30"), List.of("pelvic-tilt-seated"));
        assertThat(first)
                .isEqualTo(
                        new BreakEvent(
                                monday("09:30"),
                                BreakOutcome.TAKEN,
                                90,
                                List.of("pelvic-tilt-seated")));
        Instant second = monday("10:01").plusSeconds(30);
        assertThat(schedule.status())
                .isEqualTo(
                        new BreakStatus.Waiting(second, second.minusSeconds(60), BreakKind.LONG));
        clock.set(second);
        assertThat(schedule.status()).isEqualTo(new BreakStatus.Due(BreakKind.LONG, true));
        clock.advance(Duration.ofMinutes(5));
        schedule.taken(second, List.of("walk"));
        clock.advance(Duration.ofMinutes(30));
        assertThat(schedule.status()).isEqualTo(new BreakStatus.Due(BreakKind.SHORT, true));
    }

    @Test
    void aBreakIsPostponedOnceAndASecondPostponeIsRefused() {
        BreakSchedule schedule = schedule();
        at("09:30");
        Postponement first = schedule.postpone();
        assertThat(first)
                .isEqualTo(
                        new Postponement.Postponed(
                                monday("09:35"),
                                new BreakEvent(
                                        monday("09:30"), BreakOutcome.POSTPONED, 0, List.of())));
        at("09:34");
        assertThat(schedule.status())
                .as("no second notice for a postponed break")
                .isInstanceOf(BreakStatus.Waiting.class);
        at("09:35");
        assertThat(schedule.status()).isEqualTo(new BreakStatus.Due(BreakKind.SHORT, false));
        assertThat(schedule.postpone())
                .isEqualTo(
                        new Postponement.Refused(
                                "this break was postponed once already: take it or skip it"));
        assertThat(schedule.status()).isEqualTo(new BreakStatus.Due(BreakKind.SHORT, false));
    }

    @Test
    void nothingCanBePostponedWhenNoBreakIsNear() {
        BreakSchedule schedule = schedule();
        at("09:05");
        assertThat(schedule.postpone()).isInstanceOf(Postponement.Refused.class);
    }

    @Test
    void aSkippedBreakIsNotAskedForAgainUntilAWholeIntervalHasPassed() {
        BreakSchedule schedule = schedule();
        at("09:30");
        assertThat(schedule.skip())
                .isEqualTo(new BreakEvent(monday("09:30"), BreakOutcome.SKIPPED, 0, List.of()));
        at("09:58");
        assertThat(schedule.status()).isInstanceOf(BreakStatus.Waiting.class);
        at("09:59");
        assertThat(schedule.status()).isInstanceOf(BreakStatus.Notice.class);
        at("10:00");
        assertThat(schedule.status()).isInstanceOf(BreakStatus.Due.class);
    }

    @Test
    void whilePausedForAnHourNothingIsDueAndThenTheCountStartsAgain() {
        BreakSchedule schedule = schedule();
        at("09:30");
        schedule.pauseFor(Duration.ofHours(1));
        at("10:15");
        assertThat(schedule.status()).isEqualTo(new BreakStatus.Paused(monday("10:30")));
        at("10:59");
        assertThat(schedule.status()).isInstanceOf(BreakStatus.Notice.class);
        at("11:00");
        assertThat(schedule.status()).isInstanceOf(BreakStatus.Due.class);
    }

    @Test
    void pausedUntilTomorrowMeansTheNextWorkingDaysStart() {
        BreakSchedule schedule = schedule();
        at("09:30");
        schedule.pauseUntilTomorrow();
        at("16:00");
        assertThat(schedule.status())
                .isEqualTo(new BreakStatus.Paused(Instant.parse("2026-12-01T09:00:00Z")));
        clock.set(Instant.parse("2026-12-01T09:30:00Z"));
        assertThat(schedule.status()).isInstanceOf(BreakStatus.Due.class);

        clock.set(Instant.parse("2026-12-04T11:00:00Z"));
        schedule.pauseUntilTomorrow();
        assertThat(schedule.status())
                .as("on a Friday, tomorrow's work is on Monday")
                .isEqualTo(new BreakStatus.Paused(Instant.parse("2026-12-07T09:00:00Z")));
    }

    @Test
    void outsideWorkingHoursAndDaysNothingIsDue() {
        BreakSchedule schedule = schedule();
        clock.set(Instant.parse("2026-12-05T10:00:00Z"));
        assertThat(schedule.status())
                .as("Saturday")
                .isEqualTo(new BreakStatus.OffHours(Instant.parse("2026-12-07T09:00:00Z")));
        at("17:40");
        assertThat(schedule.status())
                .isEqualTo(new BreakStatus.OffHours(Instant.parse("2026-12-01T09:00:00Z")));
    }

    @Test
    void noBreakIsCalledWhenItWouldFallAfterTheEndOfTheDay() {
        BreakSchedule schedule = new BreakSchedule(DEFAULTS, clock, monday("17:05"));
        at("17:10");
        assertThat(schedule.status())
                .isEqualTo(new BreakStatus.OffHours(Instant.parse("2026-12-01T09:00:00Z")));
    }

    @Test
    void timeAwayFromTheKeyboardCountsAsABreakOnceAndRestartsTheCount() {
        BreakSchedule schedule = schedule();
        at("09:25");
        assertThat(schedule.idle(Duration.ofMinutes(4))).isEmpty();
        Optional<BreakEvent> natural = schedule.idle(Duration.ofMinutes(6));
        assertThat(natural)
                .contains(new BreakEvent(monday("09:19"), BreakOutcome.NATURAL, 360, List.of()));
        at("09:27");
        assertThat(schedule.idle(Duration.ofMinutes(8))).as("still the same time away").isEmpty();
        assertThat(schedule.idle(Duration.ofSeconds(3))).isEmpty();
        at("09:56");
        assertThat(schedule.status()).isInstanceOf(BreakStatus.Notice.class);
        at("09:57");
        assertThat(schedule.status()).isEqualTo(new BreakStatus.Due(BreakKind.SHORT, true));
    }

    @Test
    void timeAwayOutsideWorkingHoursIsNotABreak() {
        BreakSchedule schedule = schedule();
        at("08:55");
        assertThat(schedule.idle(Duration.ofMinutes(30))).isEmpty();
    }

    @Test
    void switchedOffBreaksAreNeverDue() {
        BreakSchedule schedule = new BreakSchedule(DEFAULTS.withEnabled(false), clock);
        at("12:00");
        assertThat(schedule.status()).isEqualTo(new BreakStatus.Off());
        assertThat(schedule.idle(Duration.ofMinutes(10))).isEmpty();
    }

    @Test
    void aLongerIntervalMovesEveryBreak() {
        BreakSchedule schedule = new BreakSchedule(DEFAULTS.withEvery(45), clock);
        at("09:44");
        assertThat(schedule.status())
                .isEqualTo(new BreakStatus.Notice(monday("09:45"), BreakKind.SHORT));
    }
}
