package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unknot breaks} over a pipe, a working day driven by a clock that moves as it waits. */
class BreaksCommandTest {
    @TempDir Path directory;

    private CliRun.Home home() {
        return new CliRun.Home(directory);
    }

    private static TestClock monday(String time) {
        return new TestClock(Instant.parse("2026-11-30T" + time + ":00Z"));
    }

    /** Saves answers with a change in bladder or bowel control: an emergency. */
    private void saveAnEmergency() throws Exception {
        Path answers = directory.resolve("intake.json");
        Files.writeString(
                answers,
                Files.readString(Path.of("examples/intake.json"))
                        .replace("\"bladderBowelChange\": false", "\"bladderBowelChange\": true"));
        assertThat(
                        home().run("assess", "--answers=" + answers, "--save", "--color=never")
                                .exitCode())
                .isNotEqualTo(2);
    }

    private static final String[] LOOP = {"breaks", "--notify=bell", "--idle=none"};

    private CliRun breaks(TestClock clock, String typed, String... more) {
        String[] args = new String[LOOP.length + more.length];
        System.arraycopy(LOOP, 0, args, 0, LOOP.length);
        System.arraycopy(more, 0, args, LOOP.length, more.length);
        return home().typingOn(clock, typed, args);
    }

    @Test
    void aMorningOfBreaksTakenPostponedOnceSkippedAndPausedIsCountedInTheSummary() {
        TestClock clock = monday("08:55");

        CliRun run = breaks(clock, "t\np\np\ns\nz\n", "--until", "12:00");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "Movement breaks for 'me': every 30 minutes, 09:00-17:30 Mon Tue Wed Thu Fri.")
                .contains("No break due now; the next working time starts Mon 30 Nov 09:00.")
                .contains("Next break at 09:30.")
                .contains("\u0007A movement break at 09:30: a short movement break in 1 minute.")
                .contains("Time for a short movement break.")
                .contains("  0:00  done")
                .contains("Break done (90 s). Next break at 10:01.")
                .contains(
                        "\u0007A movement break at 10:01: a longer break away from the screen in 1 minute.")
                .contains("Time for a longer break away from the screen.\n  A short walk (120 s)")
                .contains("Postponed to 10:06.")
                .contains(
                        "Not postponed: this break was postponed once already: take it or skip it.")
                .contains("[t] take it  [s] skip  [z] pause 1 hour  [d] done for today  [q] quit")
                .contains("Skipped. Nothing more until the next break at 10:36.")
                .contains("Paused for an hour.\nPaused until Mon 30 Nov 11:36.")
                .contains("Paused until Mon 30 Nov 11:36.\nNext break at 12:06.")
                .endsWith(
                        "Breaks on 2026-11-30: 1 taken, 0 away from the keyboard, 1 skipped, 1 postponed.\n"
                                + "Longest stretch sitting without a break: 2 h 28 min. Minutes moved in breaks: 2.\n");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));

        CliRun today = home().at(Instant.parse("2026-11-30T12:00:00Z")).run("breaks", "today");
        assertThat(today.out())
                .isEqualTo(
                        "Breaks on 2026-11-30: 1 taken, 0 away from the keyboard, 1 skipped, 1 postponed.\n"
                                + "Longest stretch sitting without a break: 2 h 28 min. Minutes moved in breaks: 2.\n");
        CliRun history = home().at(Instant.parse("2026-11-30T12:00:00Z")).run("breaks", "history");
        assertThat(history.out())
                .matches(
                        "(?s)Mon 30 Nov 09:30  taken                    90 s  (Seated|Standing) pelvic tilt, .*\n"
                                + "Mon 30 Nov 10:01  postponed             \n"
                                + "Mon 30 Nov 10:06  skipped               \n");
    }

    @Test
    void theBreaksOfTheDayComeEveryThirtyMinutesAfterTheLastOneEnded() {
        TestClock clock = monday("09:00");

        CliRun run = breaks(clock, "t\nt\nt\n", "--until", "11:00");

        assertThat(run.out())
                .contains("Break done (90 s). Next break at 10:01.")
                .contains("Break done (300 s). Next break at 10:36.")
                .contains("Break done (150 s). Next break at 11:09.")
                .contains("3 taken");
    }

    @Test
    void doneForTodayPausesUntilTheNextWorkingDay() {
        TestClock clock = monday("09:00");

        CliRun run = breaks(clock, "d\n", "--until", "17:45");

        assertThat(run.out())
                .contains("Done for today.\nPaused until Tue 1 Dec 09:00.")
                .containsOnlyOnce("Time for a")
                .doesNotContain("\u0007A movement break at 10");
    }

    @Test
    void quittingAtABreakEndsTheRunWithTheSummary() {
        TestClock clock = monday("09:00");

        CliRun run = breaks(clock, "q\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Time for a short movement break.").contains("0 taken");
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-30T09:30:00Z"));
    }

    @Test
    void theEndOfInputIsAQuit() {
        CliRun run = breaks(monday("09:00"), "");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Breaks on 2026-11-30: 0 taken");
    }

    @Test
    void anUnknownAnswerIsAskedAgain() {
        CliRun run = breaks(monday("09:00"), "yes\nq\n");
        assertThat(run.out()).contains("Type t, p, s, z, d or q, then Enter.");
    }

    @Test
    void onASaturdayNothingIsDue() {
        TestClock clock = new TestClock(Instant.parse("2026-12-05T10:00:00Z"));

        CliRun run = breaks(clock, "", "--until", "16:00");

        assertThat(run.out())
                .contains("No break due now; the next working time starts Mon 7 Dec 09:00.")
                .doesNotContain("Time for a");
    }

    @Test
    void settingsChangeTheScheduleAndAreShownInWords() {
        CliRun changed =
                home().run(
                                "breaks",
                                "settings",
                                "--every",
                                "45",
                                "--hours",
                                "08:00-16:00",
                                "--days",
                                "mon-thu",
                                "--place",
                                "home");
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(changed.out())
                .contains("a short break every 45 minutes of sitting")
                .contains("working hours 08:00-16:00, Mon Tue Wed Thu")
                .contains("exercises for home")
                .contains("hse-dse");

        CliRun run = breaks(monday("08:00"), "q\n");
        assertThat(run.out())
                .contains("every 45 minutes, 08:00-16:00 Mon Tue Wed Thu.")
                .contains("\u0007A movement break at 08:45");
    }

    @Test
    void switchedOffBreaksSaySoAndStop() {
        home().run("breaks", "settings", "--off");
        CliRun run = breaks(monday("09:00"), "");
        assertThat(run.out())
                .contains("Movement breaks are off: 'unknot breaks settings --on' turns them on.");
    }

    @Test
    void aNumberOutsideItsReviewedRangeIsRefusedWithTheFieldNamed() {
        CliRun run = home().run("breaks", "settings", "--every", "90");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("unknot: every: must be from 30 to 60 minutes, was 90\n");
        assertThat(home().run("breaks", "settings").out()).contains("every 30 minutes");
    }

    @Test
    void unreadableHoursAndDaysAreRefusedWithTheFieldNamed() {
        CliRun hours = home().run("breaks", "settings", "--hours", "9-5");
        assertThat(hours.exitCode()).isEqualTo(2);
        assertThat(hours.err()).startsWith("unknot: hours: must be two times like 09:00-17:30");
        CliRun backwards = home().run("breaks", "settings", "--hours", "17:00-09:00");
        assertThat(backwards.err()).startsWith("unknot: hours: must start before they end");
        CliRun days = home().run("breaks", "settings", "--days", "mon-someday");
        assertThat(days.exitCode()).isEqualTo(2);
        assertThat(days.err()).startsWith("unknot: days: must be days like mon-fri");
        assertThat(home().run("breaks", "--until", "noon").err())
                .startsWith("unknot: until: must be a time like 17:30");
    }

    @Test
    void withRedFlagsTheBreakOffersNoExerciseOnlyTheAdviceToGetHelp() throws Exception {
        saveAnEmergency();

        CliRun run = breaks(monday("09:00"), "q\n");

        assertThat(run.out())
                .contains("Time for a short movement break.")
                .contains("No exercises for now: stand up and move about gently if you can.")
                .doesNotContain("pelvic tilt (");
    }

    @Test
    void aBreakNowIsTimedAndRecordedWhateverTheSchedule() {
        CliRun run = home().typingOn(monday("09:05"), "t\n", "breaks", "now");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Time for a short movement break.")
                .contains("[t] take it now  [q] leave it")
                .contains("  0:00  done")
                .contains("Break done (");
        assertThat(home().typingOn(monday("09:10"), "", "breaks", "today").out())
                .contains("1 taken");
    }

    @Test
    void aBreakNowLeftRecordsNothing() {
        CliRun run = home().typingOn(monday("09:05"), "q\n", "breaks", "now");

        assertThat(run.out()).contains("Left: nothing recorded.");
        assertThat(home().typingOn(monday("09:10"), "", "breaks", "today").out())
                .contains("0 taken, 0 away from the keyboard, 0 skipped, 0 postponed");
    }

    @Test
    void withRedFlagsABreakNowOffersOnlyTheAdviceToGetHelp() throws Exception {
        saveAnEmergency();

        CliRun run = home().typingOn(monday("09:05"), "q\n", "breaks", "now");

        assertThat(run.out())
                .contains("No exercises for now: stand up and move about gently if you can.")
                .doesNotContain("pelvic tilt (");
    }
}
