package dev.unknot.progression;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.knowledge.ExerciseLibrary;
import dev.unknot.knowledge.Growth;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.Prescription;
import dev.unknot.knowledge.ProgressionRules;
import dev.unknot.progression.Attempt.Completion;
import java.time.DayOfWeek;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The progression rules' invariants over every exercise of the library and any dose a clinician
 * could write: more pain (during, after or the next morning) or less done never gives a bolder
 * suggestion; a progressed dose stays within the dose limits and the kind's top; a step back never
 * adds to the dose; and a suggestion waits exactly when the next morning's pain is missing. The
 * pain before the session is the baseline the next morning is compared with, so it is held fixed.
 */
class ProgressionProperties {
    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    static final ExerciseLibrary LIBRARY = KNOWLEDGE.exerciseLibrary();
    static final ProgressionRules RULES = KNOWLEDGE.progression();
    static final Progression PROGRESSION = Progression.of(KNOWLEDGE);

    @Provide
    Arbitrary<String> exerciseIds() {
        return Arbitraries.of(LIBRARY.exercises().stream().map(LibraryExercise::id).toList());
    }

    @Provide
    Arbitrary<Prescription> doses() {
        Arbitrary<Set<DayOfWeek>> days =
                Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7);
        return Combinators.combine(
                        Arbitraries.integers().between(1, Prescription.MAX_SETS),
                        Arbitraries.oneOf(
                                Arbitraries.just(0),
                                Arbitraries.integers().between(1, Prescription.MAX_REPS)),
                        Arbitraries.oneOf(
                                Arbitraries.just(0),
                                Arbitraries.integers().between(1, Prescription.MAX_HOLD_SECONDS)),
                        Arbitraries.oneOf(
                                Arbitraries.just(0),
                                Arbitraries.integers().between(1, Prescription.MAX_MINUTES)),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, Prescription.MAX_TIMES_PER_DAY),
                        days)
                .filter(
                        (sets, reps, hold, minutes, perSide, times, on) ->
                                reps + hold + minutes > 0)
                .as(
                        (sets, reps, hold, minutes, perSide, times, on) ->
                                new Prescription(
                                        sets, reps, hold, 60, minutes, perSide, times, on));
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        Arbitrary<Integer> pain = Arbitraries.integers().between(0, 10);
        return Combinators.combine(
                        exerciseIds(),
                        Arbitraries.oneOf(doses(), exerciseIds().map(this::startingDose)),
                        Arbitraries.of(Completion.class),
                        pain,
                        pain,
                        pain,
                        pain)
                .as(
                        (id, dose, completion, before, during, after, morning) ->
                                new Attempt(
                                        id,
                                        dose,
                                        completion,
                                        before,
                                        during,
                                        after,
                                        OptionalInt.of(morning)));
    }

    private Prescription startingDose(String id) {
        return LIBRARY.exercise(id).orElseThrow().startingDose();
    }

    @Property
    void morePainDuringNeverGivesABolderSuggestion(
            @ForAll("attempts") Attempt attempt, @ForAll @IntRange(min = 1, max = 10) int more) {
        Attempt worse =
                new Attempt(
                        attempt.exerciseId(),
                        attempt.dose(),
                        attempt.completion(),
                        attempt.painBefore(),
                        Math.min(10, attempt.painDuring() + more),
                        attempt.painAfter(),
                        attempt.nextMorningPain());

        assertThat(PROGRESSION.suggest(worse).boldness())
                .isLessThanOrEqualTo(PROGRESSION.suggest(attempt).boldness());
    }

    @Property
    void morePainAfterNeverGivesABolderSuggestion(
            @ForAll("attempts") Attempt attempt, @ForAll @IntRange(min = 1, max = 10) int more) {
        Attempt worse =
                new Attempt(
                        attempt.exerciseId(),
                        attempt.dose(),
                        attempt.completion(),
                        attempt.painBefore(),
                        attempt.painDuring(),
                        Math.min(10, attempt.painAfter() + more),
                        attempt.nextMorningPain());

        assertThat(PROGRESSION.suggest(worse).boldness())
                .isLessThanOrEqualTo(PROGRESSION.suggest(attempt).boldness());
    }

    @Property
    void morePainNextMorningNeverGivesABolderSuggestion(
            @ForAll("attempts") Attempt attempt, @ForAll @IntRange(min = 1, max = 10) int more) {
        Attempt worse =
                attempt.withNextMorning(Math.min(10, attempt.nextMorningPain().getAsInt() + more));

        assertThat(PROGRESSION.suggest(worse).boldness())
                .isLessThanOrEqualTo(PROGRESSION.suggest(attempt).boldness());
    }

    @Property
    void doingLessNeverGivesABolderSuggestion(@ForAll("attempts") Attempt attempt) {
        for (Completion less : Completion.values()) {
            if (less.compareTo(attempt.completion()) <= 0) {
                continue;
            }
            Attempt worse =
                    new Attempt(
                            attempt.exerciseId(),
                            attempt.dose(),
                            less,
                            attempt.painBefore(),
                            attempt.painDuring(),
                            attempt.painAfter(),
                            attempt.nextMorningPain());

            assertThat(PROGRESSION.suggest(worse).boldness())
                    .isLessThanOrEqualTo(PROGRESSION.suggest(attempt).boldness());
        }
    }

    @Property
    void aProgressedDoseStaysWithinTheLimitsAndTheKindsTop(@ForAll("attempts") Attempt attempt) {
        Suggestion suggestion = PROGRESSION.suggest(attempt);
        if (!(suggestion instanceof Suggestion.Progress progress)) {
            return;
        }
        Prescription dose = progress.dose();
        assertThat(dose.sets()).isBetween(1, Prescription.MAX_SETS);
        assertThat(dose.reps()).isBetween(0, Prescription.MAX_REPS);
        assertThat(dose.holdSeconds()).isBetween(0, Prescription.MAX_HOLD_SECONDS);
        assertThat(dose.minutes()).isBetween(0, Prescription.MAX_MINUTES);
        assertThat(dose.timesPerDay()).isBetween(1, Prescription.MAX_TIMES_PER_DAY);
        if (progress.harderVariant()) {
            assertThat(LIBRARY.harder(LIBRARY.exercise(attempt.exerciseId()).orElseThrow()))
                    .contains(progress.exercise());
        } else {
            Growth growth = RULES.growthOf(progress.exercise().kind());
            Prescription before = attempt.dose();
            growth.reps()
                    .filter(step -> dose.reps() != before.reps())
                    .ifPresent(step -> assertThat(dose.reps()).isLessThanOrEqualTo(step.top()));
            growth.minutes()
                    .filter(step -> dose.minutes() != before.minutes())
                    .ifPresent(step -> assertThat(dose.minutes()).isLessThanOrEqualTo(step.top()));
            growth.holdSeconds()
                    .filter(step -> dose.holdSeconds() != before.holdSeconds())
                    .ifPresent(
                            step -> assertThat(dose.holdSeconds()).isLessThanOrEqualTo(step.top()));
        }
    }

    @Property
    void aStepBackNeverAddsToTheDose(@ForAll("attempts") Attempt attempt) {
        Suggestion suggestion = PROGRESSION.suggest(attempt);
        if (!(suggestion instanceof Suggestion.StepBack stepBack)) {
            return;
        }
        if (stepBack.easierVariant()) {
            assertThat(LIBRARY.easier(LIBRARY.exercise(attempt.exerciseId()).orElseThrow()))
                    .contains(stepBack.exercise());
            return;
        }
        Prescription before = attempt.dose();
        Prescription after = stepBack.dose();
        assertThat(stepBack.exercise().id()).isEqualTo(attempt.exerciseId());
        assertThat(after.sets()).isLessThanOrEqualTo(before.sets());
        assertThat(after.reps()).isLessThanOrEqualTo(before.reps());
        assertThat(after.holdSeconds()).isLessThanOrEqualTo(before.holdSeconds());
        assertThat(after.minutes()).isLessThanOrEqualTo(before.minutes());
        assertThat(after.timesPerDay()).isLessThanOrEqualTo(before.timesPerDay());
        assertThat(after.daysPerWeek()).isLessThanOrEqualTo(before.daysPerWeek());
    }

    @Property
    void itWaitsExactlyWhenTheNextMorningsPainIsMissing(
            @ForAll("attempts") Attempt attempt, @ForAll boolean entered) {
        Attempt asked =
                entered
                        ? attempt
                        : new Attempt(
                                attempt.exerciseId(),
                                attempt.dose(),
                                attempt.completion(),
                                attempt.painBefore(),
                                attempt.painDuring(),
                                attempt.painAfter(),
                                OptionalInt.empty());

        assertThat(PROGRESSION.suggest(asked) instanceof Suggestion.NotYet).isEqualTo(!entered);
    }

    @Property
    void everySuggestionCitesTheRuleItCameFrom(@ForAll("attempts") Attempt attempt) {
        Suggestion suggestion = PROGRESSION.suggest(attempt);

        assertThat(RULES.rules())
                .anySatisfy(
                        rule -> {
                            assertThat(rule.id()).isEqualTo(suggestion.ruleId());
                            assertThat(suggestion.sources()).containsAll(rule.sources());
                        });
        assertThat(suggestion.reason()).isNotBlank().doesNotContain("{");
    }
}
