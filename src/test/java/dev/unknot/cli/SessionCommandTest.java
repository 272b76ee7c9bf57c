package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.diary.Activity;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.intake.Pain;
import dev.unknot.session.SessionLog;
import dev.unknot.session.StepResult;
import dev.unknot.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionCommandTest {
    /**
     * The example intake's plan: heat, hand, tennis ball, knee-to-chest, cat-cow, forward bend,
     * pelvic tilt, cold.
     */
    private static final int PLAN_STEPS = 8;

    private static final String ALL_CLEAR = "no\nno\nno\nno\nno\nno\n";

    @TempDir Path directory;

    private CliRun.Home home() {
        return new CliRun.Home(directory);
    }

    private void saveAssessment(String intakeJson) throws Exception {
        Path answers = directory.resolve("intake.json");
        Files.writeString(answers, intakeJson);
        assertThat(
                        home().run("assess", "--answers=" + answers, "--save", "--color=never")
                                .exitCode())
                .isZero();
    }

    private void saveExample() throws Exception {
        saveAssessment(Files.readString(Path.of("examples/intake.json")));
    }

    private Stored stored() {
        try (Database database = Database.open(home().config().database())) {
            return database.inTransaction(
                    tx -> {
                        long person = tx.people().find("me").orElseThrow().id();
                        return new Stored(tx.sessions().all(person), tx.diary().all(person));
                    });
        }
    }

    private record Stored(List<SessionLog> sessions, List<DiaryEntry> diary) {}

    private static List<String> outcomes(SessionLog session) {
        return session.steps().stream().map(step -> step.outcome().code()).toList();
    }

    @Test
    void aWholePlanTypedAtSpeedSixtyIsSavedAsSessionAndDiaryEntry() throws Exception {
        saveExample();
        List<Duration> slept = new ArrayList<>();
        String typed = ALL_CLEAR + "6\n" + "\n".repeat(PLAN_STEPS) + "\n" + "3\n";

        CliRun run =
                home().sleepingWith(slept::add)
                        .typing(typed, "session", "--speed", "60", "--color=never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("[1/6] Severe pain that does not let up, even at rest?")
                .contains("Step 1 of 8: Heat before massage and stretching\n")
                .contains("15-20 minutes; timed: 15:00")
                .contains("  centre  [....................]   0:00 / 15:00")
                .contains("  centre  [######..............]   5:00 / 15:00")
                .contains("  centre  [####################]  15:00 / 15:00  done")
                .contains("Step 4 of 8: Knee-to-chest stretch\n")
                .contains("  left    [####################]   0:15 / 0:15  done")
                .contains("  right   [####################]   0:15 / 0:15  done")
                .contains("  centre  [####################]   0:50 / 0:50  10 repetitions  done")
                .contains(GuidedRun.PROMPT.strip())
                .contains("That was the last step.")
                .contains(
                        "Session saved (#1): 8 done, 0 skipped, 0 not reached; 28:30 of timed exercise; pain 6 -> 3.")
                .contains("Saved to the diary of 'me': 2026-11-22: pain 3 (session).")
                .contains("14-day verdict: pain 3 on 2026-11-22")
                .contains("After the session");
        int seconds = 15 * 60 + 30 + 30 + 2 * 15 + 10 * 5 + 20 + 10 * 5 + 10 * 60;
        assertThat(slept).hasSize(seconds).containsOnly(Duration.ofNanos(1_000_000_000L / 60));

        Stored stored = stored();
        assertThat(stored.sessions()).hasSize(1);
        SessionLog session = stored.sessions().get(0);
        assertThat(session.painBefore()).isEqualTo(new Pain(6));
        assertThat(session.painAfter()).contains(new Pain(3));
        assertThat(session.finished()).isTrue();
        assertThat(outcomes(session)).hasSize(PLAN_STEPS).containsOnly("done");
        assertThat(session.steps().get(0))
                .isEqualTo(
                        new SessionLog.StepLog(
                                "heat-before",
                                "Heat before massage and stretching",
                                StepResult.DONE,
                                900));
        assertThat(stored.diary())
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.sessionId()).contains(session.id());
                            assertThat(entry.pain()).isEqualTo(new Pain(3));
                            assertThat(entry.activities()).containsExactly(Activity.SESSION);
                            assertThat(entry.note()).startsWith("guided session: 8 done");
                            assertThat(entry.safety()).hasSize(7).doesNotContainValue(true);
                        });
    }

    @Test
    void skipRepeatPauseAndQuitOnTheRealTimer() throws Exception {
        saveExample();
        // skip the heat; do the hand pressure, repeat it; pause; tennis ball; quit before
        // knee-to-chest.
        String typed = ALL_CLEAR + "5\n" + "s\n" + "\n" + "r\n" + "p\n\n" + "\n" + "q\n" + "4\n";
        long start = System.nanoTime();

        CliRun run = home().typing(typed, "session", "--speed=1000", "--color=never");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Skipped: Heat before massage and stretching")
                .contains("Again: Thumb, knuckles or hand")
                .contains("Paused. Press Enter to go on.")
                .contains(
                        "Session saved (#1): 2 done, 1 skipped, 5 not reached; 1:30 of timed exercise; pain 5 -> 4;"
                                + " stopped early.")
                .doesNotContain("After the session");
        SessionLog session = stored().sessions().get(0);
        assertThat(outcomes(session))
                .containsExactly(
                        "skipped",
                        "done",
                        "done",
                        "not-reached",
                        "not-reached",
                        "not-reached",
                        "not-reached",
                        "not-reached");
        assertThat(session.steps().get(1).seconds()).isEqualTo(60);
        assertThat(session.finished()).isFalse();
    }

    @Test
    void endOfInputQuitsAndSavesWhatWasDone() throws Exception {
        saveExample();

        CliRun run =
                home().sleepingWith(duration -> {})
                        .typing(ALL_CLEAR + "7\ns\n\n", "session", "--color=never");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("(input ended: the session stops here; what you did is kept)")
                .contains("pain 7 -> not given; stopped early.");
        Stored stored = stored();
        assertThat(outcomes(stored.sessions().get(0))).startsWith("skipped", "done", "not-reached");
        assertThat(stored.sessions().get(0).painAfter()).isEmpty();
        assertThat(stored.diary().get(0).pain()).isEqualTo(new Pain(7));
    }

    @Test
    void yesToAStopSignStartsNoSessionAndShowsTheTriageAdvice() throws Exception {
        saveExample();

        CliRun run =
                home().typing(
                                "no\nno\nyes\nno\nno\nno\n",
                                "session",
                                "--speed=60",
                                "--color=never");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("STOP: the session does not start.")
                .contains("You said yes to: Loss of bladder or bowel control")
                .contains("EMERGENCY: go to an emergency department")
                .contains("R1 ")
                .doesNotContain("Pain right now")
                .doesNotContain("Step 1 of");
        Stored stored = stored();
        assertThat(stored.sessions()).isEmpty();
        assertThat(stored.diary()).isEmpty();

        CliRun again = home().typing("", "session", "--color=never");
        assertThat(again.out())
                .contains("No guided session")
                .contains("EMERGENCY: go to an emergency department");
    }

    @Test
    void yesToLegSignsAsksWhichLegBeforeTriage() throws Exception {
        saveExample();

        CliRun run =
                home().typing(
                                "no\nyes\nno\nno\nno\nno\n" + "yes, in one leg\n" + "none\n",
                                "session",
                                "--color=never");

        assertThat(run.out())
                .contains("Is there numbness or tingling spreading down a leg?")
                .contains("Is there new weakness in a leg")
                .contains("R4 ")
                .contains("URGENT: see a doctor today");
        assertThat(stored().sessions()).isEmpty();
    }

    @Test
    void unclearStopSignAnswerIsAskedAgainNeverTakenAsNo() throws Exception {
        saveExample();

        CliRun run = home().typing("not sure\nmaybe\n", "session", "--color=never");

        assertThat(run.out())
                .contains("Please answer yes or no: a stop sign cannot be left open.")
                .contains("the session does not start")
                .doesNotContain("[2/6]");
        assertThat(stored().sessions()).isEmpty();
    }

    @Test
    void stopSignsTakeEverydayNoesAndAskAgainAfterIdk() throws Exception {
        saveExample();

        CliRun run =
                home().typing(
                                "nah\nnope\nidk\nn\nNo.\nnah\nno\n4\nq\n4\n",
                                "session",
                                "--color=never");

        assertThat(run.out())
                .containsOnlyOnce("Please answer yes or no: a stop sign cannot be left open.")
                .contains("Step 1 of 8")
                .doesNotContain("the session does not start");
    }

    @Test
    void invalidTypedPainIsAskedAgain() throws Exception {
        saveExample();

        CliRun run =
                home().sleepingWith(duration -> {})
                        .typing(ALL_CLEAR + "11\nfive\n5\nq\n5\n", "session", "--color=never");

        assertThat(run.out())
                .contains("Please give a whole number from 0 to 10, was \"11\".")
                .contains("Please give a whole number from 0 to 10, was \"five\".")
                .contains("0 done, 0 skipped, 8 not reached");
    }

    @Test
    void painBeforeOutOfRangeIsAUserError() throws Exception {
        saveExample();

        CliRun run = home().run("session", "--pain-before=11");

        assertThat(run.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(run.err()).contains("pain-before").contains("0 to 10");
    }

    @Test
    void speedOutsideOneToAThousandIsAUserError() {
        for (String speed : List.of("0", "1001", "-5")) {
            CliRun run = home().run("session", "--speed=" + speed);

            assertThat(run.exitCode()).as(speed).isEqualTo(Cli.USER_ERROR);
            assertThat(run.err()).contains("--speed must be a whole number from 1 to 1000");
        }
        assertThat(home().run("session", "--speed=fast").exitCode()).isEqualTo(Cli.USER_ERROR);
    }

    @Test
    void withoutASavedAssessmentItAsksForOne() {
        CliRun run = home().run("session");

        assertThat(run.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(run.err()).contains("run `unknot assess --save` first");
    }

    @Test
    void aPlanWithLimitsShowsTheAppointmentAdviceAndTheLimitsFirst() throws Exception {
        saveAssessment(
                Files.readString(Path.of("examples/intake.json"))
                        .replace("\"constantRestPain\": false", "\"constantRestPain\": true"));

        CliRun run =
                home().sleepingWith(duration -> {})
                        .typing(
                                ALL_CLEAR + "5\n" + "\n".repeat(5) + "2\n",
                                "session",
                                "--color=never");

        String out = run.out();
        assertThat(out)
                .contains("See a clinician: book a doctor or physical therapist")
                .contains("NOTE  No self-massage for now")
                .contains("Session saved (#1): 4 done, 0 skipped, 0 not reached");
        assertThat(out.indexOf("See a clinician")).isLessThan(out.indexOf("Step 1 of 4"));
        assertThat(out).doesNotContain("Tennis ball").doesNotContain("Seated forward bend");
    }

    @Test
    void whenTheSavedAnswersAllowNoPlanItSaysWhyAndStartsNothing() throws Exception {
        saveAssessment(
                Files.readString(Path.of("examples/intake.json"))
                        .replace("\"fever\": false", "\"fever\": true"));

        CliRun run = home().run("session", "--color=never");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("URGENT: see a doctor today")
                .contains("R7 ")
                .contains("No guided session")
                .doesNotContain("[1/6]");
    }

    @Test
    void aSessionAfterADiaryEntryFollowsThePainOfThatEntry() throws Exception {
        saveExample();
        assertThat(home().run("log", "--pain=4").exitCode()).isZero();

        CliRun run =
                home().typing(
                                ALL_CLEAR + "4\n" + "q\n",
                                "session",
                                "--speed",
                                "1000",
                                "--color=never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("internal error");
        assertThat(run.out()).contains("Step 1 of");
    }

    @Test
    void aRedFlagAnsweredInTheDiaryStopsTheNextSession() throws Exception {
        saveExample();
        String chestPainYes = "no\nno\nno\nno\nno\nyes\n";
        assertThat(
                        home().typing(
                                        chestPainYes,
                                        "log",
                                        "--pain=4",
                                        "--check-safety",
                                        "--color=never")
                                .out())
                .contains("EMERGENCY");

        CliRun run = home().typing(ALL_CLEAR + "4\n", "session", "--color=never");

        assertThat(run.out())
                .contains("No guided session")
                .contains("EMERGENCY")
                .contains("R23")
                .doesNotContain("Step 1 of");
        assertThat(stored().sessions()).isEmpty();
    }
}
