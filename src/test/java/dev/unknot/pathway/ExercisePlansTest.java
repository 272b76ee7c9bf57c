package dev.unknot.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.app.TestClock;
import dev.unknot.config.Config;
import dev.unknot.exercise.Author;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.ItemDraft;
import dev.unknot.exercise.ItemSide;
import dev.unknot.exercise.PlanChange;
import dev.unknot.exercise.PlanProblem;
import dev.unknot.exercise.PlanSuggestion;
import dev.unknot.intake.Intake;
import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import dev.unknot.intake.TestIntakes;
import dev.unknot.intake.Tool;
import dev.unknot.knowledge.Disposition;
import dev.unknot.session.SessionStep;
import dev.unknot.store.DatabaseUrl;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Individual plans through the one pathway service, on the program as Main builds it. */
class ExercisePlansTest {
    private static final AtomicInteger NAMES = new AtomicInteger();
    static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    static final Author LEE = Author.clinician(42, "Dr Lee");
    static final Set<DayOfWeek> MON_WED_FRI =
            Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

    private final TestClock clock = new TestClock(MONDAY);
    private final App app =
            TestApps.app(
                    new Config(
                            Path.of("target", "no-home"),
                            new DatabaseUrl(
                                    "jdbc:h2:mem:plans"
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

    /** Saves answers for {@code profile} and returns their person id. */
    long person(String profile, Intake answers) {
        app.assessments(Optional.empty()).save(profile, answers);
        return plans.personId(profile).orElseThrow();
    }

    /** Settled answers that allow massage: two weeks in, moderate pain, a tennis ball at home. */
    /** Saves settled answers for {@code profile} in {@code app} and returns their person id. */
    static long personIn(App other, String profile) {
        other.assessments(Optional.empty()).save(profile, settled());
        return other.plans(Optional.empty()).personId(profile).orElseThrow();
    }

    static Intake settled() {
        return TestIntakes.allNo()
                .put(Question.ONSET_DAYS, 14)
                .put(Question.PAIN_NOW, 4)
                .put(Question.TOOLS, Set.of(Tool.TENNIS_BALL))
                .build();
    }

    static ItemDraft draft(String id, int sets, int reps) {
        return new ItemDraft(id, sets, reps, 0, 30, 0, 1, MON_WED_FRI, ItemSide.BOTH, "");
    }

    @Test
    void everyChangeIsANewVersionAndTheCurrentIsTheLatest() {
        long ann = person("ann", settled());
        PlanChange first =
                plans.newVersion(
                        ann, LEE, "First plan", "Go gently", List.of(draft("glute-bridge", 2, 10)));
        clock.advance(java.time.Duration.ofDays(7));
        PlanChange second =
                plans.newVersion(
                        ann,
                        LEE,
                        "Bridges are easy now; add the bird-dog",
                        "",
                        List.of(draft("glute-bridge", 3, 12), draft("bird-dog", 2, 8)));

        ExercisePlan v1 = ((PlanChange.Saved) first).plan();
        ExercisePlan v2 = ((PlanChange.Saved) second).plan();
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(plans.current(ann)).contains(v2);
        assertThat(plans.history(ann)).containsExactly(v2, v1);
        assertThat(plans.history(ann).get(1).items()).hasSize(1);
        assertThat(plans.history(ann).get(1).items().get(0).dose().reps()).isEqualTo(10);
        assertThat(v2.at()).isEqualTo(MONDAY.plus(java.time.Duration.ofDays(7)));
        assertThat(v2.author()).isEqualTo(LEE);
    }

    @Test
    void massageIsRefusedForAPersonWithNerveSignsNamingTheRuleAndItsSource() {
        long ann =
                person(
                        "ann",
                        settled().toBuilder()
                                .put(Question.LEG_NUMBNESS, LegNumbness.ABOVE_KNEE)
                                .build());

        PlanChange change =
                plans.newVersion(
                        ann,
                        LEE,
                        "Add the ball",
                        "",
                        List.of(
                                draft("cat-cow", 1, 10),
                                new ItemDraft(
                                        "tennis-ball",
                                        1,
                                        0,
                                        60,
                                        0,
                                        0,
                                        1,
                                        MON_WED_FRI,
                                        ItemSide.BOTH,
                                        "")));

        assertThat(change).isInstanceOf(PlanChange.Refused.class);
        List<PlanProblem> problems = ((PlanChange.Refused) change).problems();
        assertThat(problems).extracting(PlanProblem::field).containsOnly("items[1].exerciseId");
        assertThat(problems).extracting(PlanProblem::ruleId).contains(Optional.of("R11"));
        PlanProblem r11 =
                problems.stream()
                        .filter(problem -> problem.ruleId().equals(Optional.of("R11")))
                        .findFirst()
                        .orElseThrow();
        assertThat(r11.words()).contains("rule R11").contains("self-massage");
        assertThat(r11.sourceTitles()).isNotEmpty();
        assertThat(r11.words()).contains(r11.sourceTitles().get(0));
        assertThat(plans.current(ann)).isEmpty();
    }

    @Test
    void massageIsKeptWhenTheAnswersAllowIt() {
        long ann = person("ann", settled());

        PlanChange change =
                plans.newVersion(
                        ann,
                        LEE,
                        "Add the ball",
                        "",
                        List.of(
                                new ItemDraft(
                                        "tennis-ball",
                                        1,
                                        0,
                                        60,
                                        0,
                                        0,
                                        1,
                                        MON_WED_FRI,
                                        ItemSide.RIGHT,
                                        "on the right only")));

        assertThat(change).isInstanceOf(PlanChange.Saved.class);
    }

    @Test
    void everyProblemIsNamedByItsFieldAndNothingIsSaved() {
        long ann = person("ann", settled());

        PlanChange change =
                plans.newVersion(
                        ann,
                        LEE,
                        " ",
                        "",
                        List.of(
                                draft("no-such-exercise", 1, 10),
                                new ItemDraft(
                                        "glute-bridge",
                                        11,
                                        0,
                                        0,
                                        0,
                                        0,
                                        9,
                                        Set.of(),
                                        ItemSide.BOTH,
                                        "")));
        PlanChange empty = plans.newVersion(ann, LEE, "Nothing", "", List.of());

        assertThat(((PlanChange.Refused) change).problems())
                .extracting(PlanProblem::field)
                .containsExactly(
                        "reason",
                        "items[0].exerciseId",
                        "items[1].sets",
                        "items[1].timesPerDay",
                        "items[1].reps",
                        "items[1].days");
        assertThat(((PlanChange.Refused) empty).problems())
                .extracting(PlanProblem::field)
                .containsExactly("items");
        assertThat(plans.history(ann)).isEmpty();
    }

    @Test
    void anEmergencyOrUrgentResultIsNeverHiddenByAPlan() {
        long ann = person("ann", settled());
        plans.newVersion(ann, LEE, "First", "", List.of(draft("glute-bridge", 2, 10)));
        assertThat(plans.refusal(ann)).isEmpty();

        app.assessments(Optional.empty())
                .save("ann", settled().toBuilder().put(Question.FEVER, true).build());
        assertThat(plans.refusal(ann))
                .map(assessment -> assessment.triage().disposition())
                .contains(Disposition.URGENT);

        app.assessments(Optional.empty())
                .save(
                        "ann",
                        settled().toBuilder()
                                .put(Question.LEG_WEAKNESS, LegWeakness.BOTH_LEGS)
                                .build());
        assertThat(plans.refusal(ann))
                .map(assessment -> assessment.triage().disposition())
                .contains(Disposition.EMERGENCY);
        assertThat(plans.current(ann)).isPresent();
    }

    @Test
    void theSessionFollowsTheCurrentVersionSetBySetWithRests() {
        long ann = person("ann", settled());
        plans.newVersion(ann, LEE, "First", "", List.of(draft("glute-bridge", 2, 10)));
        plans.newVersion(
                ann,
                LEE,
                "More",
                "",
                List.of(
                        draft("glute-bridge", 3, 12),
                        new ItemDraft(
                                "bird-dog", 2, 8, 5, 20, 0, 1, MON_WED_FRI, ItemSide.BOTH, "")));

        ExercisePlans.Run run = plans.session(ann).orElseThrow();

        assertThat(run.plan().version()).isEqualTo(2);
        assertThat(run.steps())
                .extracting(step -> step.step().id())
                .containsExactly("glute-bridge", "bird-dog");
        SessionStep bridge = run.steps().get(0);
        assertThat(bridge.doseWords()).startsWith("3 sets of 12 repetitions");
        assertThat(bridge.units()).hasSize(5);
        assertThat(bridge.units().get(1).rest()).isTrue();
        assertThat(bridge.units().get(1).seconds()).isEqualTo(30);
        SessionStep birdDog = run.steps().get(1);
        assertThat(birdDog.doseWords()).contains("each side");
        assertThat(birdDog.units())
                .extracting(unit -> unit.side().words())
                .containsExactly("left", "right", "centre", "left", "right");
        assertThat(birdDog.units().get(0).seconds()).isEqualTo(8 * 5);
    }

    @Test
    void aPlanStartsFromTheOneUnknotMadeWithTheLibrarysStartingDoses() {
        long ann = person("ann", settled());

        PlanChange change = plans.fromGenerated(ann, Author.UNKNOT);

        ExercisePlan plan = ((PlanChange.Saved) change).plan();
        assertThat(plan.author().isUnknot()).isTrue();
        assertThat(plan.items())
                .extracting(item -> item.exerciseId())
                .contains("tennis-ball", "cat-cow");
        assertThat(plan.item("cat-cow").orElseThrow().dose())
                .isEqualTo(plans.exercise("cat-cow").orElseThrow().startingDose());
    }

    @Test
    void aSuggestionAcceptedFromEightThreadsAtOnceMakesOneVersion() throws Exception {
        long ann = person("ann", settled());
        ExercisePlan v1 =
                ((PlanChange.Saved)
                                plans.newVersion(
                                        ann,
                                        LEE,
                                        "First",
                                        "",
                                        List.of(draft("glute-bridge", 2, 10))))
                        .plan();
        PlanSuggestion more = pending(ann, v1, "glute-bridge", 12, "Pain stayed low: two more");
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(8);
        java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<PlanChange>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return plans.accept(ann, more.id(), LEE);
                            }));
        }
        List<PlanChange> changes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<PlanChange> answer : answers) {
            changes.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(changes).filteredOn(PlanChange.Saved.class::isInstance).hasSize(1);
        assertThat(changes).filteredOn(PlanChange.Refused.class::isInstance).hasSize(7);
        assertThat(plans.history(ann)).extracting(ExercisePlan::version).containsExactly(2, 1);
    }

    @Test
    void aClinicianAcceptsChangesOrDismissesAPendingSuggestion() {
        long ann = person("ann", settled());
        ExercisePlan v1 =
                ((PlanChange.Saved)
                                plans.newVersion(
                                        ann,
                                        LEE,
                                        "First",
                                        "Keep breathing",
                                        List.of(
                                                draft("glute-bridge", 2, 10),
                                                draft("bird-dog", 2, 8))))
                        .plan();
        PlanSuggestion more = pending(ann, v1, "glute-bridge", 12, "Pain stayed low: two more");
        PlanSuggestion less = pending(ann, v1, "bird-dog", 6, "It flared: two fewer");
        PlanSuggestion other = pending(ann, v1, "bird-dog", 10, "Try ten");

        PlanChange accepted = plans.accept(ann, more.id(), LEE);
        ExercisePlan v2 = ((PlanChange.Saved) accepted).plan();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.author()).isEqualTo(LEE);
        assertThat(v2.reason()).isEqualTo("Pain stayed low: two more");
        assertThat(v2.note()).isEqualTo("Keep breathing");
        assertThat(v2.item("glute-bridge").orElseThrow().dose().reps()).isEqualTo(12);
        assertThat(v2.item("bird-dog").orElseThrow().dose().reps()).isEqualTo(8);
        assertThat(plans.accept(ann, more.id(), LEE)).isInstanceOf(PlanChange.Refused.class);

        List<ItemDraft> draft = plans.changeDraft(ann, less.id()).orElseThrow();
        assertThat(draft.get(1).reps()).isEqualTo(6);
        PlanChange changed =
                plans.changed(
                        ann,
                        less.id(),
                        LEE,
                        "Fewer, and a longer hold",
                        "",
                        List.of(draft.get(0), draft("bird-dog", 2, 5)));
        assertThat(((PlanChange.Saved) changed).plan().version()).isEqualTo(3);

        assertThat(plans.dismiss(ann, other.id())).isTrue();
        assertThat(plans.current(ann).orElseThrow().version()).isEqualTo(3);
        assertThat(plans.suggestions(ann))
                .extracting(PlanSuggestion::status)
                .containsExactlyInAnyOrder(
                        PlanSuggestion.Status.ACCEPTED,
                        PlanSuggestion.Status.CHANGED,
                        PlanSuggestion.Status.DISMISSED);
        assertThat(plans.dismiss(ann, other.id())).isFalse();
    }

    private PlanSuggestion pending(
            long personId, ExercisePlan plan, String exerciseId, int reps, String reason) {
        var dose = plan.item(exerciseId).orElseThrow().dose();
        var changed =
                new dev.unknot.knowledge.Prescription(
                        dose.sets(),
                        reps,
                        dose.holdSeconds(),
                        dose.restSeconds(),
                        dose.minutes(),
                        dose.perSide(),
                        dose.timesPerDay(),
                        dose.days());
        return app.database(Optional.empty())
                .inTransaction(
                        tx ->
                                tx.suggestions()
                                        .add(
                                                new PlanSuggestion(
                                                        0,
                                                        personId,
                                                        1,
                                                        plan.id(),
                                                        exerciseId,
                                                        exerciseId,
                                                        PlanSuggestion.Kind.PROGRESS,
                                                        reason,
                                                        Optional.of(changed),
                                                        PlanSuggestion.Status.PENDING,
                                                        clock.instant(),
                                                        Optional.empty(),
                                                        Optional.empty())));
    }
}
