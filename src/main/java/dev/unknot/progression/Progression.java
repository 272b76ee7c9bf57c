package dev.unknot.progression;

import dev.unknot.knowledge.ExerciseLibrary;
import dev.unknot.knowledge.Growth;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.Placeholders;
import dev.unknot.knowledge.Prescription;
import dev.unknot.knowledge.ProgressionRule;
import dev.unknot.knowledge.ProgressionRule.Condition;
import dev.unknot.knowledge.ProgressionRules;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Suggests what to do with an exercise next time from how the pain went, by the pain-monitoring
 * rules of {@code progression.yaml}: more when it was all done, pain stayed within the limit and
 * had settled by the next morning; less when it was stopped for pain, flared the next morning or
 * went above the limit without settling; the same otherwise; and nothing until the next morning's
 * pain is known. Deterministic and thread-safe.
 */
public final class Progression {
    private final ProgressionRules rules;
    private final ExerciseLibrary library;

    public Progression(ProgressionRules rules, ExerciseLibrary library) {
        this.rules = rules;
        this.library = library;
    }

    /** The progression of the bundled knowledge. */
    public static Progression of(KnowledgeBase knowledge) {
        return new Progression(knowledge.progression(), knowledge.exerciseLibrary());
    }

    /**
     * What to do next time.
     *
     * @throws IllegalArgumentException when the attempt names an exercise the library lacks
     */
    public Suggestion suggest(Attempt attempt) {
        LibraryExercise exercise =
                library.exercise(attempt.exerciseId())
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "no exercise '" + attempt.exerciseId() + "'"));
        ProgressionRule rule = rules.rule(condition(attempt));
        String reason = rules.reasonOf(rule);
        Prescription dose = attempt.dose();
        return switch (rule.outcome()) {
            case NOT_YET ->
                    new Suggestion.NotYet(exercise, dose, rule.id(), reason, rule.sources());
            case HOLD ->
                    new Suggestion.Hold(
                            exercise,
                            dose,
                            rule.id(),
                            reason + " " + next(rules.next().same(), exercise, dose),
                            rule.sources());
            case PROGRESS -> progress(exercise, dose, rule, reason);
            case STEP_BACK -> stepBack(exercise, dose, rule, reason);
        };
    }

    /** The first condition, in the rules' order, that the attempt meets. */
    private Condition condition(Attempt attempt) {
        if (attempt.nextMorningPain().isEmpty()) {
            return Condition.NO_NEXT_MORNING_ENTRY;
        }
        if (attempt.completion() == Attempt.Completion.STOPPED_FOR_PAIN) {
            return Condition.STOPPED_FOR_PAIN;
        }
        int morning = attempt.nextMorningPain().getAsInt();
        if (morning > attempt.painBefore() + rules.flareMargin()) {
            return Condition.WORSE_NEXT_MORNING;
        }
        boolean settled = morning <= attempt.painBefore() + rules.settleMargin();
        boolean withinLimit =
                attempt.painDuring() <= rules.painLimit()
                        && attempt.painAfter() <= rules.painLimit();
        if (!withinLimit && !settled) {
            return Condition.ABOVE_LIMIT_AND_NOT_SETTLED;
        }
        if (withinLimit && settled && attempt.completion() == Attempt.Completion.ALL_DONE) {
            return Condition.DONE_WITHIN_LIMIT_AND_SETTLED;
        }
        return Condition.OTHERWISE;
    }

    private Suggestion progress(
            LibraryExercise exercise, Prescription dose, ProgressionRule rule, String reason) {
        Growth growth = rules.growthOf(exercise.kind());
        Measure measure = Measure.main(dose);
        Optional<Growth.Step> step = measure.step(growth);
        List<String> sources = union(rule.sources(), growth.sources());
        int value = measure.in(dose);
        if (step.isPresent() && value < step.get().top()) {
            Prescription more =
                    measure.with(dose, Math.min(value + step.get().step(), step.get().top()));
            return new Suggestion.Progress(
                    exercise,
                    more,
                    false,
                    rule.id(),
                    reason + " " + next(rules.next().more(), exercise, more),
                    sources);
        }
        Optional<LibraryExercise> harder =
                step.isPresent() ? library.harder(exercise) : Optional.empty();
        if (harder.isPresent()) {
            Prescription start = harder.get().startingDose();
            return new Suggestion.Progress(
                    harder.get(),
                    start,
                    true,
                    rule.id(),
                    reason + " " + next(rules.next().harder(), harder.get(), start),
                    union(sources, harder.get().sources()));
        }
        // At the top with nowhere harder to go, or a kind that is not built up: keep going as is.
        return new Suggestion.Hold(
                exercise,
                dose,
                rule.id(),
                reason + " " + next(rules.next().top(), exercise, dose),
                sources);
    }

    private Suggestion stepBack(
            LibraryExercise exercise, Prescription dose, ProgressionRule rule, String reason) {
        Growth growth = rules.growthOf(exercise.kind());
        Measure measure = Measure.main(dose);
        Optional<Growth.Step> step = measure.step(growth);
        List<String> sources = union(rule.sources(), growth.sources());
        int value = measure.in(dose);
        if (step.isPresent() && value > step.get().floor()) {
            Prescription less =
                    measure.with(dose, Math.max(value - step.get().step(), step.get().floor()));
            return new Suggestion.StepBack(
                    exercise,
                    less,
                    false,
                    rule.id(),
                    reason + " " + next(rules.next().fewer(), exercise, less),
                    sources);
        }
        Optional<LibraryExercise> easier = library.easier(exercise);
        if (easier.isPresent()) {
            Prescription start = easier.get().startingDose();
            return new Suggestion.StepBack(
                    easier.get(),
                    start,
                    true,
                    rule.id(),
                    reason + " " + next(rules.next().easier(), easier.get(), start),
                    union(sources, easier.get().sources()));
        }
        return new Suggestion.StepBack(
                exercise,
                dose,
                false,
                rule.id(),
                reason + " " + next(rules.next().lowest(), exercise, dose),
                sources);
    }

    private static String next(String words, LibraryExercise exercise, Prescription dose) {
        return Placeholders.fill(
                words,
                Map.of("exercise", exercise.name(), "amount", dose.amount() + ", " + dose.often()));
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    /** The amount of a dose that grows: minutes for a walk, else repetitions, else the hold. */
    private enum Measure {
        MINUTES,
        REPS,
        HOLD_SECONDS;

        static Measure main(Prescription dose) {
            return dose.minutes() > 0 ? MINUTES : dose.reps() > 0 ? REPS : HOLD_SECONDS;
        }

        int in(Prescription dose) {
            return switch (this) {
                case MINUTES -> dose.minutes();
                case REPS -> dose.reps();
                case HOLD_SECONDS -> dose.holdSeconds();
            };
        }

        Optional<Growth.Step> step(Growth growth) {
            return switch (this) {
                case MINUTES -> growth.minutes();
                case REPS -> growth.reps();
                case HOLD_SECONDS -> growth.holdSeconds();
            };
        }

        Prescription with(Prescription dose, int value) {
            return new Prescription(
                    dose.sets(),
                    this == REPS ? value : dose.reps(),
                    this == HOLD_SECONDS ? value : dose.holdSeconds(),
                    dose.restSeconds(),
                    this == MINUTES ? value : dose.minutes(),
                    dose.perSide(),
                    dose.timesPerDay(),
                    dose.days());
        }
    }
}
