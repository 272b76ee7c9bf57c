package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiaryCommandsTest {
    @TempDir Path directory;

    private CliRun.Home home() {
        return new CliRun.Home(directory);
    }

    private CliRun logOn(String date, int pain, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "log";
        args[1] = "--pain=" + pain;
        args[2] = "--date=" + date;
        args[3] = "--color=never";
        System.arraycopy(more, 0, args, 4, more.length);
        return home().run(args);
    }

    @Test
    void loggedEntryShowsInTheDiary() {
        CliRun logged =
                logOn("2026-11-20", 6, "--activities=heat,stretch", "--note=stiff after the drive");

        assertThat(logged.exitCode()).isZero();
        assertThat(logged.out())
                .contains("Saved to the diary of 'me': 2026-11-20: pain 6 (stretch, heat).");

        CliRun diary = home().run("diary", "--color=never");
        assertThat(diary.out())
                .contains("   1  2026-11-20     6  stretch,heat              stiff after the drive")
                .contains(
                        "14-day verdict: pain 6 on 2026-11-20, 6 now (+0) after 2 days: too early to judge.");
    }

    @Test
    void noImprovementAfterFourteenDaysEscalatesAndIsStored() {
        logOn("2026-11-01", 6);
        logOn("2026-11-10", 6);
        CliRun last = logOn("2026-11-22", 5);

        assertThat(last.out())
                .contains("F1 No improvement after 14 days of self-care: see a clinician")
                .contains("persisting despite home treatment")
                .contains(
                        "(sources: Article: Knots in your lower back; Article: How to treat and prevent a lower back knot; Childs 2005");
    }

    @Test
    void improvementByThirtyPercentRaisesNothing() {
        logOn("2026-11-01", 6);
        CliRun last = logOn("2026-11-22", 4);

        assertThat(last.out()).contains("improved").doesNotContain("F1");
    }

    @Test
    void riseOfOnePointWeekOnWeekRaisesNothing() {
        for (int day = 9; day <= 15; day++) {
            logOn(String.format("2026-11-%02d", day), 3);
        }

        assertThat(logOn("2026-11-22", 4).out()).doesNotContain("F2");
    }

    @Test
    void worseningByTwoPointsWeekOnWeekEscalates() {
        for (int day = 9; day <= 15; day++) {
            logOn(String.format("2026-11-%02d", day), 3);
        }
        logOn("2026-11-20", 4);

        CliRun worse = logOn("2026-11-22", 6);
        assertThat(worse.out())
                .contains("F2 Worse this week than last week: see a clinician")
                .contains("average pain 5.0 over the last 7 days against 3.0")
                .contains("getting worse despite home treatment");
    }

    @Test
    void safetyYesInTheDiaryTriagesAgainAtOnce() {
        String allNoButFever =
                "no\nno\nno\nno\nno\nno\nno\nyes\nno\nno\nno\nno\nno\nno\nno\nno\nno\n";

        CliRun logged =
                home().typing(allNoButFever, "log", "--pain=5", "--check-safety", "--color=never");

        assertThat(logged.exitCode()).isZero();
        assertThat(logged.out())
                .contains("[1/17]")
                .contains("URGENT")
                .contains("R7")
                .contains("F3");
        assertThat(home().run("diary").out()).contains("[safety: yes]");
    }

    @Test
    void painOutOfRangeIsRejectedAndNothingIsStored() {
        CliRun logged = home().run("log", "--pain=11");

        assertThat(logged.exitCode()).isEqualTo(2);
        assertThat(logged.err()).contains("pain: must be a whole number from 0 to 10, was 11");
        assertThat(home().run("diary").out()).contains("The diary is empty");
    }

    @Test
    void futureDateIsRejectedAndNothingIsStored() {
        CliRun logged = home().run("log", "--pain=3", "--date=2026-11-23");

        assertThat(logged.exitCode()).isEqualTo(2);
        assertThat(logged.err())
                .contains("date: must not be in the future (today is 2026-11-22), was 2026-11-23");
        assertThat(home().run("diary").out()).contains("The diary is empty");
    }

    @Test
    void badDateAndUnknownActivityAreUserErrors() {
        assertThat(home().run("log", "--pain=3", "--date=22/11/2026").err())
                .contains("date: must be a date written YYYY-MM-DD, was '22/11/2026'");
        assertThat(home().run("log", "--pain=3", "--did=yoga").err())
                .contains("activities: 'yoga' is not one of session, massage, stretch");
    }

    @Test
    void unreachableDatabaseIsAClearErrorAndChangesNothing() {
        CliRun logged = home().run("log", "--pain=3", "--db=jdbc:postgresql://127.0.0.1:1/nowhere");

        assertThat(logged.exitCode()).isEqualTo(2);
        assertThat(logged.err())
                .contains("cannot open the database jdbc:postgresql://127.0.0.1:1/nowhere")
                .contains("nothing was changed");
        assertThat(home().run("diary").out()).contains("The diary is empty");
    }

    @Test
    void profilesKeepSeparateDiaries() {
        logOn("2026-11-20", 6, "--profile=ana");

        assertThat(home().run("diary", "--profile=ben").out()).contains("The diary is empty");
        assertThat(home().run("diary", "--profile=ana").out()).contains("2026-11-20");
    }

    @Test
    void trendChartsPainByDayWithSessionsMarked() {
        logOn("2026-11-15", 8);
        logOn("2026-11-18", 5, "--did=session");
        logOn("2026-11-22", 2);

        CliRun trend =
                home().at(CliRun.NOW.plus(Duration.ZERO))
                        .run("trend", "--days=14", "--color=never");

        assertThat(trend.exitCode()).isZero();
        String[] lines = trend.out().split("\n");
        assertThat(lines[0]).startsWith("Pain by day, 2026-11-09 to 2026-11-22");
        String none = "  ";
        assertThat(lines[3]).isEqualTo(" 8 |" + none.repeat(6) + "##" + none.repeat(7));
        assertThat(lines[6])
                .isEqualTo(" 5 |" + none.repeat(6) + "##" + none.repeat(2) + "##" + none.repeat(4));
        assertThat(lines[9])
                .isEqualTo(
                        " 2 |"
                                + none.repeat(6)
                                + "##"
                                + none.repeat(2)
                                + "##"
                                + none.repeat(3)
                                + "##");
        assertThat(lines[11]).isEqualTo(" 0 +" + "--".repeat(14));
        assertThat(lines[12])
                .isEqualTo(
                        "    "
                                + none.repeat(6)
                                + " ."
                                + none.repeat(2)
                                + " *"
                                + none.repeat(3)
                                + " .");
        assertThat(trend.out())
                .contains(
                        "14-day verdict: pain 8 on 2026-11-15, 2 now (-6) after 7 days: improved.");
    }

    @Test
    void aMistakeInAnotherOptionIsReportedBeforeTheSafetyQuestionsSoNoYesIsLost() {
        CliRun logged =
                home().typing("yes\n", "log", "--pain=11", "--check-safety", "--color=never");

        assertThat(logged.exitCode()).isEqualTo(2);
        assertThat(logged.err()).contains("pain");
        assertThat(logged.out()).doesNotContain("[1/");
    }

    @Test
    void theDiaryIsKeptInTheDirectoryUnknotHomeNames() {
        logOn("2026-11-20", 6);

        assertThat(directory.resolve("unknot.mv.db")).exists();
        assertThat(home().run("diary", "--color=never").out()).contains("2026-11-20");
    }

    @Test
    void aRiseOfTwoPointsIsCalledWorseAsPromptlyAsAFallIsCalledImproved() {
        logOn("2026-11-10", 3);

        assertThat(logOn("2026-11-22", 5).out())
                .contains("pain 3 on 2026-11-10, 5 now (+2) after 12 days: worse.");
    }

    @Test
    void editChangesWhatIsGivenAndKeepsTheRestAndTheNumber() {
        logOn("2026-11-20", 6, "--activities=heat", "--note=stiff");

        CliRun edited = home().run("diary", "edit", "1", "--pain=4", "--color=never");

        assertThat(edited.exitCode()).as(edited.err()).isZero();
        assertThat(edited.out())
                .contains("Changed entry 1 in the diary of 'me': 2026-11-20: pain 4 (heat).")
                .contains("14-day verdict: pain 4 on 2026-11-20");
        assertThat(home().run("diary", "--color=never").out())
                .contains("   1  2026-11-20     4  heat                      stiff")
                .doesNotContain("     6  ");
    }

    @Test
    void editIsCheckedAsANewEntryIsAndABadValueChangesNothing() {
        logOn("2026-11-20", 6);

        CliRun tooHigh = home().run("diary", "edit", "1", "--pain=11");
        CliRun future = home().run("diary", "edit", "1", "--date=2026-12-01");
        CliRun activity = home().run("diary", "edit", "1", "--activities=juggling");

        assertThat(tooHigh.exitCode()).isEqualTo(2);
        assertThat(tooHigh.err()).startsWith("unknot: pain:").doesNotContain("Exception");
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.err()).contains("date: must not be in the future");
        assertThat(activity.exitCode()).isEqualTo(2);
        assertThat(activity.err()).contains("activities: 'juggling'");
        assertThat(home().run("diary", "--color=never").out()).contains("2026-11-20     6");
    }

    @Test
    void anEntryThatIsNotThereOrIsAnotherProfilesIsAClearError() {
        logOn("2026-11-20", 6);

        CliRun missing = home().run("diary", "edit", "99", "--pain=3");
        CliRun notANumber = home().run("diary", "delete", "first", "--yes");
        CliRun otherProfile = home().run("diary", "delete", "1", "--yes", "--profile=ben");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("unknot: ID: the diary of 'me' has no entry 99\n");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err()).contains("ID: must be an entry number");
        assertThat(otherProfile.exitCode()).isEqualTo(2);
        assertThat(home().run("diary", "--color=never").out()).contains("2026-11-20     6");
    }

    @Test
    void deleteAsksFirstAndANoKeepsTheEntry() {
        logOn("2026-11-20", 6);

        CliRun kept = home().typing("no\n", "diary", "delete", "1");

        assertThat(kept.exitCode()).isZero();
        assertThat(kept.out())
                .contains("Delete entry 1 (2026-11-20: pain 6)?")
                .contains("Nothing was deleted.");
        assertThat(home().run("diary", "--color=never").out()).contains("2026-11-20     6");
    }

    @Test
    void deleteWithAYesOrYesOptionRemovesTheEntryAndShowsTheVerdictOnWhatIsLeft() {
        logOn("2026-11-10", 6);
        logOn("2026-11-20", 5);
        logOn("2026-11-21", 2);

        CliRun asked = home().typing("maybe\nyes\n", "diary", "delete", "3", "--color=never");
        CliRun told = home().run("diary", "delete", "2", "--yes", "--color=never");

        assertThat(asked.exitCode()).isZero();
        assertThat(asked.out())
                .contains("Deleted entry 3 (2026-11-21: pain 2) from the diary of 'me'.")
                .contains("pain 6 on 2026-11-10, 5 now (-1) after 12 days: too early to judge.");
        assertThat(told.exitCode()).isZero();
        assertThat(told.out()).contains("6 now (+0) after 12 days: too early to judge.");
        assertThat(home().run("diary", "--color=never").out())
                .contains("   1  2026-11-10")
                .doesNotContain("2026-11-20")
                .doesNotContain("2026-11-21");
    }
}
