package dev.unknot.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.Prescription;
import dev.unknot.knowledge.ProgressionRules;
import dev.unknot.progression.Attempt.Completion;
import java.time.DayOfWeek;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Worked examples of the pain-monitoring rules, one per rule of {@code progression.yaml}. */
class ProgressionTest {
    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    static final Progression PROGRESSION = Progression.of(KNOWLEDGE);
    static final ProgressionRules RULES = KNOWLEDGE.progression();

    static LibraryExercise exercise(String id) {
        return KNOWLEDGE.exerciseLibrary().exercise(id).orElseThrow();
    }

    static Prescription reps(Prescription dose, int reps) {
        return new Prescription(
                dose.sets(),
                reps,
                dose.holdSeconds(),
                dose.restSeconds(),
                dose.minutes(),
                dose.perSide(),
                dose.timesPerDay(),
                dose.days());
    }

    /** The bridge at its starting dose, done in full with pain 2 before and the given pains. */
    static Attempt bridge(Completion completion, int during, int after, int nextMorning) {
        return new Attempt(
                "glute-bridge",
                exercise("glute-bridge").startingDose(),
                completion,
                2,
                during,
                after,
                OptionalInt.of(nextMorning));
    }

    @Test
    void notYetUntilTheNextMorningsPainIsIn() {
        Attempt attempt =
                new Attempt(
                        "glute-bridge",
                        exercise("glute-bridge").startingDose(),
                        Completion.ALL_DONE,
                        2,
                        3,
                        3,
                        OptionalInt.empty());

        Suggestion suggestion = PROGRESSION.suggest(attempt);

        assertThat(suggestion).isInstanceOf(Suggestion.NotYet.class);
        assertThat(suggestion.ruleId()).isEqualTo("P1");
        assertThat(suggestion.dose()).isEqualTo(attempt.dose());
        assertThat(suggestion.reason()).containsIgnoringCase("tomorrow morning");
    }

    @Test
    void progressAddsTheKindsStepOfRepetitionsWhenDoneWithinTheLimitAndSettled() {
        int limit = RULES.painLimit();
        Prescription start = exercise("glute-bridge").startingDose();
        int step = RULES.growthOf(LibraryExercise.Kind.STRENGTH).reps().orElseThrow().step();

        Suggestion suggestion = PROGRESSION.suggest(bridge(Completion.ALL_DONE, limit, limit, 2));

        assertThat(suggestion).isInstanceOf(Suggestion.Progress.class);
        assertThat(suggestion.ruleId()).isEqualTo("P5");
        assertThat(suggestion.exercise().id()).isEqualTo("glute-bridge");
        assertThat(suggestion.dose().reps()).isEqualTo(start.reps() + step);
        assertThat(suggestion.dose().holdSeconds()).isEqualTo(start.holdSeconds());
        assertThat(suggestion.reason())
                .contains(String.valueOf(limit))
                .contains(suggestion.dose().amount());
        assertThat(suggestion.sources()).contains("silbernagel-2007", "acsm-2009");
    }

    @Test
    void atTheTopOfItsRepetitionsTheBridgeMovesOnToTheSingleLegBridge() {
        int top = RULES.growthOf(LibraryExercise.Kind.STRENGTH).reps().orElseThrow().top();
        Attempt attempt =
                new Attempt(
                        "glute-bridge",
                        reps(exercise("glute-bridge").startingDose(), top),
                        Completion.ALL_DONE,
                        1,
                        2,
                        2,
                        OptionalInt.of(1));

        Suggestion suggestion = PROGRESSION.suggest(attempt);

        assertThat(suggestion).isInstanceOf(Suggestion.Progress.class);
        assertThat(((Suggestion.Progress) suggestion).harderVariant()).isTrue();
        assertThat(suggestion.exercise().id()).isEqualTo("glute-bridge-single-leg");
        assertThat(suggestion.dose()).isEqualTo(exercise("glute-bridge-single-leg").startingDose());
        assertThat(suggestion.reason()).contains("Single-leg glute bridge");
    }

    @Test
    void atTheTopWithNoHarderVariantItHolds() {
        int top = RULES.growthOf(LibraryExercise.Kind.STRENGTH).reps().orElseThrow().top();
        Attempt attempt =
                new Attempt(
                        "glute-bridge-single-leg",
                        reps(exercise("glute-bridge-single-leg").startingDose(), top),
                        Completion.ALL_DONE,
                        1,
                        2,
                        2,
                        OptionalInt.of(1));

        Suggestion suggestion = PROGRESSION.suggest(attempt);

        assertThat(suggestion).isInstanceOf(Suggestion.Hold.class);
        assertThat(suggestion.dose()).isEqualTo(attempt.dose());
        assertThat(suggestion.ruleId()).isEqualTo("P5");
    }

    @Test
    void walkingGrowsByMinutes() {
        Prescription start = exercise("walking").startingDose();
        int step = RULES.growthOf(LibraryExercise.Kind.WALKING).minutes().orElseThrow().step();
        Attempt attempt =
                new Attempt("walking", start, Completion.ALL_DONE, 2, 2, 2, OptionalInt.of(2));

        assertThat(PROGRESSION.suggest(attempt).dose().minutes()).isEqualTo(start.minutes() + step);
    }

    @Test
    void selfMassageIsNotBuiltUp() {
        Prescription start = exercise("tennis-ball").startingDose();
        Attempt attempt =
                new Attempt("tennis-ball", start, Completion.ALL_DONE, 2, 2, 2, OptionalInt.of(1));

        Suggestion suggestion = PROGRESSION.suggest(attempt);

        assertThat(suggestion).isInstanceOf(Suggestion.Hold.class);
        assertThat(suggestion.dose()).isEqualTo(start);
    }

    @Test
    void holdWhenPainDuringWentALittleAboveTheLimitButSettled() {
        int limit = RULES.painLimit();

        Suggestion suggestion =
                PROGRESSION.suggest(bridge(Completion.ALL_DONE, limit + 1, limit, 2));

        assertThat(suggestion).isInstanceOf(Suggestion.Hold.class);
        assertThat(suggestion.ruleId()).isEqualTo("P6");
        assertThat(suggestion.dose()).isEqualTo(exercise("glute-bridge").startingDose());
    }

    @Test
    void holdWhenNotEverythingWasDoneButNothingFlared() {
        Suggestion suggestion = PROGRESSION.suggest(bridge(Completion.PARTLY_DONE, 2, 2, 2));

        assertThat(suggestion).isInstanceOf(Suggestion.Hold.class);
        assertThat(suggestion.ruleId()).isEqualTo("P6");
    }

    @Test
    void stepBackWhenStoppedForPain() {
        Suggestion suggestion = PROGRESSION.suggest(bridge(Completion.STOPPED_FOR_PAIN, 4, 3, 2));

        assertThat(suggestion).isInstanceOf(Suggestion.StepBack.class);
        assertThat(suggestion.ruleId()).isEqualTo("P2");
    }

    @Test
    void stepBackWhenTheNextMorningIsMoreThanTheFlareMarginWorse() {
        int flare = RULES.flareMargin();

        Suggestion suggestion =
                PROGRESSION.suggest(bridge(Completion.ALL_DONE, 3, 3, 2 + flare + 1));

        assertThat(suggestion).isInstanceOf(Suggestion.StepBack.class);
        assertThat(suggestion.ruleId()).isEqualTo("P3");
        assertThat(suggestion.reason()).contains(String.valueOf(flare));
    }

    @Test
    void stepBackWhenPainWentAboveTheLimitAndHadNotSettled() {
        int limit = RULES.painLimit();

        Suggestion suggestion =
                PROGRESSION.suggest(
                        bridge(
                                Completion.ALL_DONE,
                                limit + 1,
                                limit,
                                2 + RULES.settleMargin() + 1));

        assertThat(suggestion).isInstanceOf(Suggestion.StepBack.class);
        assertThat(suggestion.ruleId()).isEqualTo("P4");
    }

    @Test
    void aStepBackTakesRepetitionsOffBeforeChangingExercise() {
        int step = RULES.growthOf(LibraryExercise.Kind.STRENGTH).reps().orElseThrow().step();
        Prescription twelve = reps(exercise("glute-bridge").startingDose(), 12);
        Attempt attempt =
                new Attempt(
                        "glute-bridge",
                        twelve,
                        Completion.STOPPED_FOR_PAIN,
                        2,
                        7,
                        6,
                        OptionalInt.of(3));

        Suggestion suggestion = PROGRESSION.suggest(attempt);

        assertThat(suggestion.exercise().id()).isEqualTo("glute-bridge");
        assertThat(suggestion.dose().reps()).isEqualTo(12 - step);
    }

    @Test
    void atTheFloorAStepBackChangesToTheEasierVariant() {
        int floor = RULES.growthOf(LibraryExercise.Kind.STRENGTH).reps().orElseThrow().floor();
        Attempt attempt =
                new Attempt(
                        "glute-bridge",
                        reps(exercise("glute-bridge").startingDose(), floor),
                        Completion.STOPPED_FOR_PAIN,
                        2,
                        7,
                        6,
                        OptionalInt.of(3));

        Suggestion suggestion = PROGRESSION.suggest(attempt);

        assertThat(suggestion).isInstanceOf(Suggestion.StepBack.class);
        assertThat(((Suggestion.StepBack) suggestion).easierVariant()).isTrue();
        assertThat(suggestion.exercise().id()).isEqualTo("glute-bridge-short");
    }

    @Test
    void atTheFloorWithNoEasierVariantItSaysToLeaveTheExerciseOut() {
        int floor = RULES.growthOf(LibraryExercise.Kind.STRENGTH).reps().orElseThrow().floor();
        Prescription lowest = reps(exercise("glute-bridge-short").startingDose(), floor);
        Attempt attempt =
                new Attempt(
                        "glute-bridge-short",
                        lowest,
                        Completion.STOPPED_FOR_PAIN,
                        2,
                        7,
                        6,
                        OptionalInt.of(3));

        Suggestion suggestion = PROGRESSION.suggest(attempt);

        assertThat(suggestion).isInstanceOf(Suggestion.StepBack.class);
        assertThat(suggestion.dose()).isEqualTo(lowest);
        assertThat(suggestion.reason()).contains("Leave it out");
    }

    @Test
    void theDaysOfThePlanAreKeptWhenTheDoseGrows() {
        Set<DayOfWeek> days = Set.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY);
        Prescription start = exercise("clamshell").startingDose();
        Prescription planned =
                new Prescription(
                        start.sets(),
                        start.reps(),
                        start.holdSeconds(),
                        start.restSeconds(),
                        start.minutes(),
                        start.perSide(),
                        start.timesPerDay(),
                        days);

        Suggestion suggestion =
                PROGRESSION.suggest(
                        new Attempt(
                                "clamshell",
                                planned,
                                Completion.ALL_DONE,
                                1,
                                2,
                                2,
                                OptionalInt.of(1)));

        assertThat(suggestion.dose().days()).isEqualTo(days);
    }

    @Test
    void anExerciseTheLibraryLacksIsRefused() {
        Attempt attempt =
                new Attempt(
                        "handstand",
                        exercise("clamshell").startingDose(),
                        Completion.ALL_DONE,
                        1,
                        1,
                        1,
                        OptionalInt.of(1));

        assertThatThrownBy(() -> PROGRESSION.suggest(attempt))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("handstand");
    }

    @Test
    void painOutsideTheScaleIsRefused() {
        assertThatThrownBy(() -> bridge(Completion.ALL_DONE, 11, 2, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("painDuring");
    }
}
