package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.exercise.Author;
import dev.unknot.exercise.ItemDraft;
import dev.unknot.exercise.ItemSide;
import dev.unknot.exercise.PlanSession;
import dev.unknot.pathway.ExercisePlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unknot plan}, {@code unknot plan history} and a session that follows the plan. */
class PlanCommandTest {
    private static final String ALL_CLEAR = "no\nno\nno\nno\nno\nno\n";

    @TempDir Path directory;

    private CliRun.Home home() {
        return new CliRun.Home(directory);
    }

    private App app() {
        return TestApps.app(
                home().config(), Clock.fixed(CliRun.NOW, ZoneOffset.UTC), duration -> {});
    }

    private long writePlan() throws Exception {
        Path answers = directory.resolve("intake.json");
        Files.writeString(answers, Files.readString(Path.of("examples/intake.json")));
        assertThat(home().run("assess", "--answers=" + answers, "--save").exitCode()).isZero();
        try (App app = app()) {
            ExercisePlans plans = app.plans(Optional.empty());
            long me = plans.personId("me").orElseThrow();
            Set<DayOfWeek> days = Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
            plans.newVersion(
                    me,
                    Author.clinician(9, "Dr Lee"),
                    "Strength for your back",
                    "Slowly, with your breath",
                    List.of(
                            new ItemDraft(
                                    "glute-bridge", 2, 10, 0, 20, 0, 1, days, ItemSide.BOTH, "")));
            plans.newVersion(
                    me,
                    Author.clinician(9, "Dr Lee"),
                    "Add the bird-dog",
                    "",
                    List.of(
                            new ItemDraft(
                                    "glute-bridge", 2, 10, 0, 20, 0, 1, days, ItemSide.BOTH, ""),
                            new ItemDraft("bird-dog", 1, 6, 0, 0, 0, 2, days, ItemSide.LEFT, "")));
            return me;
        }
    }

    @Test
    void planShowsTheCurrentVersionInWords() throws Exception {
        writePlan();

        CliRun run = home().run("plan", "--color=never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Version 2", "by Dr Lee", "Why: Add the bird-dog")
                .contains("Glute bridge", "2 sets of 10 repetitions, rest 20 seconds between sets")
                .contains("Bird-dog", "6 repetitions, left side only")
                .contains("twice a day, 2 days a week (Monday, Thursday)");
    }

    @Test
    void historyListsEveryVersionNewestFirstWithWhy() throws Exception {
        writePlan();

        CliRun run = home().run("plan", "history", "--color=never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().indexOf("Version 2")).isLessThan(run.out().indexOf("Version 1"));
        assertThat(run.out()).contains("Why: Strength for your back", "Why: Add the bird-dog");
    }

    @Test
    void withoutAPlanItSaysSo() {
        CliRun run = home().run("plan");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("No individual plan");
    }

    @Test
    void theSessionFollowsThePlanAndKeepsPainAndEffort() throws Exception {
        long me = writePlan();
        String typed = ALL_CLEAR + "2\n" + "\n" + "\n" + "\n" + "3\n" + "2\n" + "all\n" + "part\n";

        CliRun run = home().typing(typed, "session", "--speed=1000", "--color=never");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Your exercise plan, version 2", "Session saved");
        try (App app = app()) {
            List<PlanSession> kept =
                    app.database(Optional.empty()).inTransaction(tx -> tx.planSessions().all(me));
            assertThat(kept).hasSize(1);
            assertThat(kept.get(0).planVersion()).isEqualTo(2);
            assertThat(kept.get(0).report().painDuring().points()).isEqualTo(3);
            assertThat(kept.get(0).report().efforts().values())
                    .extracting(effort -> effort.code())
                    .containsExactly("done", "partly");
        }
    }

    @Test
    void startBuildsAPlanFromUnknotsAndStrengthWaitsForASettledKnot() throws Exception {
        Path answers = directory.resolve("intake.json");
        Files.writeString(answers, Files.readString(Path.of("examples/intake.json")));
        assertThat(home().run("assess", "--answers=" + answers, "--save").exitCode()).isZero();

        CliRun started = home().run("plan", "start", "--color=never");
        CliRun strength = home().run("plan", "start", "--strength", "--color=never");

        assertThat(started.exitCode()).as(started.err()).isZero();
        assertThat(started.out()).contains("Saved as version 1", "by unknot");
        assertThat(strength.exitCode()).isEqualTo(2);
        assertThat(strength.err()).contains("pain diary");
    }

    @Test
    void startWithoutSavedAnswersExitsWithTwo() {
        CliRun run = home().run("plan", "start");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknot assess --save");
    }
}
