package dev.unknot.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.app.TestClock;
import dev.unknot.config.Config;
import dev.unknot.diary.Activity;
import dev.unknot.diary.NewEntry;
import dev.unknot.exercise.Author;
import dev.unknot.exercise.Effort;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.PlanChange;
import dev.unknot.exercise.PlanSuggestion;
import dev.unknot.exercise.SessionReport;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import dev.unknot.session.SessionOutcome;
import dev.unknot.session.StepOutcome;
import dev.unknot.session.StepResult;
import dev.unknot.store.DatabaseUrl;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The loop after a session that followed an individual plan: the next morning's diary entry runs
 * the progression rules and, for a person without a clinician, unknot applies what they suggest as
 * a new version with the reason; strengthening only once the knot has settled.
 */
class PlanReviewTest {
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final TestClock clock = new TestClock(ExercisePlansTest.MONDAY);
    private final App app =
            TestApps.app(
                    new Config(
                            Path.of("target", "no-home"),
                            new DatabaseUrl(
                                    "jdbc:h2:mem:review"
                                            + NAMES.incrementAndGet()
                                            + ";DB_CLOSE_DELAY=-1"),
                            Config.DEFAULT_PROFILE),
                    clock,
                    duration -> {});
    private final ExercisePlans plans = app.plans(Optional.empty());

    @AfterEach
    void close() {
        app.close();
    }

    private void diary(int pain) {
        app.followUp(Optional.empty())
                .log(
                        "ann",
                        new NewEntry(
                                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                                new Pain(pain),
                                Set.of(Activity.STRETCH),
                                "",
                                Map.of()));
    }

    private ExercisePlan plan(long ann) {
        PlanChange change =
                plans.newVersion(
                        ann,
                        Author.UNKNOT,
                        "First",
                        "",
                        List.of(
                                ExercisePlansTest.draft("glute-bridge", 2, 10),
                                ExercisePlansTest.draft("cat-cow", 1, 10)));
        return ((PlanChange.Saved) change).plan();
    }

    /** A session of the whole plan: pain 2 before, 3 during, 2 after, everything done. */
    private void session(ExercisePlan plan) {
        Map<String, Effort> efforts = new LinkedHashMap<>();
        plan.items().forEach(item -> efforts.put(item.exerciseId(), Effort.DONE));
        StopSignCheck check = app.sessions(Optional.empty()).stopSigns();
        SessionOutcome outcome =
                SessionOutcome.of(
                        plan.items().stream()
                                .map(
                                        item ->
                                                new StepOutcome(
                                                        item.exerciseId(),
                                                        item.exerciseId(),
                                                        StepResult.DONE,
                                                        60))
                                .toList(),
                        new Pain(2),
                        Optional.of(new Pain(2)));
        plans.record(
                "ann",
                (StopSignCheck.Clear) check.check(check.allNo()),
                outcome,
                clock.instant().minusSeconds(120),
                clock.instant(),
                plan.id(),
                new SessionReport(new Pain(3), new Pain(2), efforts));
    }

    @Test
    void nothingChangesUntilADiaryEntryOnALaterDay() {
        long ann = ExercisePlansTest.personIn(app, "ann");
        ExercisePlan plan = plan(ann);
        session(plan);
        clock.advance(Duration.ofHours(2));
        diary(2);

        assertThat(plans.suggestions(ann)).isEmpty();
        assertThat(plans.current(ann)).contains(plan);
    }

    @Test
    void withoutAClinicianUnknotAppliesTheSuggestionAsANewVersionWithItsReason() {
        long ann = ExercisePlansTest.personIn(app, "ann");
        for (int day = 0; day < 3; day++) {
            diary(2);
            clock.advance(Duration.ofDays(1));
        }
        ExercisePlan plan = plan(ann);
        session(plan);
        clock.advance(Duration.ofHours(22));
        diary(2);

        List<PlanSuggestion> suggestions = plans.suggestions(ann);
        assertThat(suggestions)
                .extracting(
                        PlanSuggestion::exerciseId, PlanSuggestion::kind, PlanSuggestion::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "glute-bridge",
                                PlanSuggestion.Kind.PROGRESS,
                                PlanSuggestion.Status.APPLIED),
                        org.assertj.core.groups.Tuple.tuple(
                                "cat-cow",
                                PlanSuggestion.Kind.PROGRESS,
                                PlanSuggestion.Status.APPLIED));
        ExercisePlan now = plans.current(ann).orElseThrow();
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.author().isUnknot()).isTrue();
        assertThat(now.item("glute-bridge").orElseThrow().dose().reps()).isEqualTo(12);
        assertThat(now.reason()).contains("ready for a little more");
        assertThat(suggestions).allMatch(s -> s.resultVersion().equals(Optional.of(2)));
    }

    @Test
    void strengthWaitsForASettledKnotWhenThereIsNoClinician() {
        long ann = ExercisePlansTest.personIn(app, "ann");
        ExercisePlan plan = plan(ann);
        session(plan);
        clock.advance(Duration.ofHours(22));
        diary(2);

        PlanSuggestion bridge =
                plans.suggestions(ann).stream()
                        .filter(s -> s.exerciseId().equals("glute-bridge"))
                        .findFirst()
                        .orElseThrow();
        assertThat(bridge.kind()).isEqualTo(PlanSuggestion.Kind.HOLD);
        assertThat(bridge.status()).isEqualTo(PlanSuggestion.Status.NOTED);
        assertThat(bridge.reason()).contains("Not yet on your own");
        ExercisePlan now = plans.current(ann).orElseThrow();
        assertThat(now.item("glute-bridge").orElseThrow().dose().reps()).isEqualTo(10);
        assertThat(now.item("cat-cow").orElseThrow().dose().reps()).isEqualTo(12);
    }

    @Test
    void aSafetyYesInTheMorningEntryChangesNoDose() {
        long ann = ExercisePlansTest.personIn(app, "ann");
        ExercisePlan plan = plan(ann);
        session(plan);
        clock.advance(Duration.ofHours(22));
        app.followUp(Optional.empty())
                .log(
                        "ann",
                        new NewEntry(
                                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                                new Pain(2),
                                Set.of(),
                                "",
                                Map.of(Question.FEVER, true)));

        assertThat(plans.suggestions(ann)).isEmpty();
        assertThat(plans.current(ann)).contains(plan);
        assertThat(plans.refusal(ann)).isPresent();
    }

    @Test
    void strengtheningStartsOnlyOnceTheKnotHasSettled() {
        long ann = ExercisePlansTest.personIn(app, "ann");
        plans.fromGenerated(ann, Author.UNKNOT);

        PlanChange tooSoon = plans.startStrength(ann);
        assertThat(tooSoon).isInstanceOf(PlanChange.Refused.class);
        assertThat(((PlanChange.Refused) tooSoon).problems().get(0).words())
                .contains("Keep your pain diary");

        for (int day = 0; day < 3; day++) {
            diary(2);
            clock.advance(Duration.ofDays(1));
        }
        PlanChange ready = plans.startStrength(ann);

        ExercisePlan plan = ((PlanChange.Saved) ready).plan();
        assertThat(plan.version()).isEqualTo(2);
        assertThat(plan.author().isUnknot()).isTrue();
        assertThat(plan.reason()).contains("gentle strengthening");
        assertThat(plan.items())
                .extracting(item -> item.exerciseId())
                .contains("cat-cow", "glute-bridge", "bird-dog", "clamshell");
    }
}
