package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkstationCommandTest {
    /**
     * Chair back support no, screen height no, everything else at its best, in asking order
     * (lower-back support, seat height, adjustable chair, feet, legs, screen height, screen
     * distance, keyboard, hand rest, breaks, position, glare, lighting, laptop).
     */
    private static final String CHAIR_AND_SCREEN_FAIL =
            "no\nyes\ny\n1\nyes\n2\nyes\nyes\nyes\n1\nyes\nyes\nyes\nyes\n";

    @TempDir Path directory;

    private CliRun.Home home() {
        return new CliRun.Home(directory);
    }

    @Test
    void answersTypedThroughAPipeAreScoredWithTheChangesAndTheirSourcesAndStored() {
        CliRun run = home().typing(CHAIR_AND_SCREEN_FAIL, "workstation", "--color=never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("It is not a diagnosis")
                .contains("-- Chair and lower-back support --")
                .contains("[1/14] When you sit right back in your chair")
                .contains("1) Yes   2) No   3) Not sure")
                .contains(
                        "Your workstation check on 22 November 2026: 76% - a few changes would help your back (19 of 25 points)")
                .contains("Changes to make, the most important first")
                .contains("  1. Lower-back support: Sit right back in the chair")
                .contains(
                        "  2. Screen height: Raise the screen (a monitor stand or a firm stack of books)")
                .contains("Sources: OSHA: Computer Workstations eTool; HSE: Working safely")
                .contains("Saved to the profile 'me'.");
        assertThat(home().run("workstation", "history").out())
                .contains("2026-11-22 10:00  76%    a few changes would help your back")
                .contains("  2");
    }

    @Test
    void aBlankOrUnknownAnswerIsAskedAgainAndQuestionMarkExplains() {
        CliRun run =
                home().typing(
                                "\nmaybe\n?\nnot sure\n" + CHAIR_AND_SCREEN_FAIL.substring(3),
                                "workstation",
                                "--color=never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Every question needs an answer ('not sure' is one).")
                .contains("Sorry, \"maybe\" is not one of the answers I can take.")
                .contains("This is about lower-back support (chair and lower-back support).")
                .contains("To check (you were not sure)")
                .contains("76% - a few changes would help your back");
    }

    @Test
    void theSecondCheckSaysWhatWasFixedSinceTheFirst() {
        home().typing(CHAIR_AND_SCREEN_FAIL, "workstation");

        CliRun second =
                home().at(Instant.parse("2026-12-01T08:00:00Z"))
                        .typing(
                                "no\nyes\ny\n1\nyes\nyes\nyes\nyes\nyes\n1\nyes\nyes\nyes\nyes\n",
                                "workstation",
                                "--color=never");

        assertThat(second.out())
                .contains("Since your last check (22 November 2026): 76% then, 88% now")
                .contains("  - screen height: fixed since your check on 22 November 2026")
                .contains("  - lower-back support: still to change, as on 22 November 2026");
    }

    @Test
    void inputEndingEarlyExitsTwoAndStoresNothing() {
        CliRun run = home().typing("yes\nyes\n", "workstation");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "input ended at question 3 of 14 of the workstation check; nothing was stored");
        assertThat(home().run("workstation", "history").out())
                .contains("No workstation checks stored yet");
    }

    @Test
    void anAnswersFileIsReadAndABadAnswerExitsTwoNamingTheItem() throws IOException {
        Path good = directory.resolve("desk.txt");
        Files.writeString(
                good,
                """
                # my desk at home
                chair-back-support: yes
                chair-height: yes
                chair-adjustable: yes
                feet-flat: no
                leg-room: yes
                screen-height: yes
                screen-distance: yes
                keyboard-close: yes
                hand-rest: yes
                screen-breaks: two-hours
                change-position: yes
                glare: not sure
                lighting: yes
                laptop-setup: no-laptop
                """);
        CliRun run = home().run("workstation", "--answers", good.toString(), "--color=never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // 23 possible (no laptop); lost: feet 2, breaks 1.5, glare 1 -> 18.5 of 23 = 80.4 -> 80 %
        assertThat(run.out()).contains("80% - mostly well set up (18.5 of 23 points)");

        Path bad = directory.resolve("bad.txt");
        Files.writeString(
                bad, Files.readString(good).replace("glare: not sure", "glare: sometimes"));
        CliRun refused = home().run("workstation", "--answers", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err())
                .contains("answers.glare: 'sometimes' is not one of yes, no, not-sure");

        Files.writeString(bad, "screen height is fine\n");
        CliRun malformed = home().run("workstation", "--answers", bad.toString());
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.err()).contains("answers: line 1 is not 'ITEM: ANSWER'");
        assertThat(home().run("workstation", "history").out()).contains("80%").hasLineCount(2);
    }

    @Test
    void theSavedPlansPreventionHabitsPointAtWhatTheLatestCheckFound() throws IOException {
        Path answers = directory.resolve("sitting.json");
        Files.writeString(
                answers,
                dev.unknot.intake.TestIntakes.EXAMPLE_JSON.replace(
                        "\"causes\": [\"lifting\"]", "\"causes\": [\"prolonged-sitting\"]"));
        home().typing(CHAIR_AND_SCREEN_FAIL, "workstation");

        CliRun saved =
                home().run("assess", "--answers", answers.toString(), "--save", "--color=never");

        assertThat(saved.exitCode()).as(saved.err()).isZero();
        String habits = saved.out().substring(saved.out().indexOf("To keep it from coming back"));
        assertThat(habits)
                .contains("  - At the desk: feet flat on the floor")
                .contains("      Your workstation check: Sit right back in the chair")
                .contains("      Your workstation check: Raise the screen")
                .contains("[hse-dse] Health and Safety Executive (HSE): Working safely");
        assertThat(home().run("assess", "--answers", answers.toString()).out())
                .doesNotContain("Your workstation check");
    }

    @Test
    void checksTravelInTheExportAndComeBackOnceByTheirTime() throws IOException {
        home().typing(CHAIR_AND_SCREEN_FAIL, "workstation");
        Path exported = directory.resolve("me.json");
        home().run("export", "--output", exported.toString());
        String json = Files.readString(exported);
        assertThat(json)
                .contains("\"workstationChecks\" : [ {")
                .contains("\"takenAt\" : \"2026-11-22T10:00:00Z\"")
                .contains("\"screen-height\" : \"no\"")
                .contains("\"score\" : 76");

        CliRun imported = home().run("import", exported.toString(), "--profile=copy");
        CliRun again = home().run("import", exported.toString(), "--profile=copy");

        assertThat(imported.out()).contains("  1 workstation check: 1 new, 0 already there");
        assertThat(again.out()).contains("  1 workstation check: 0 new, 1 already there");
        assertThat(home().run("workstation", "history", "--profile=copy").out())
                .contains("2026-11-22 10:00  76%");

        Files.writeString(exported, json.replace("\"score\" : 76", "\"score\" : 176"));
        CliRun refused = home().run("import", exported.toString(), "--profile=other");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("workstationChecks[0].score");
    }
}
