package dev.unknot.pathway;

import dev.unknot.exercise.Effort;
import dev.unknot.exercise.ItemSide;
import dev.unknot.exercise.PlanItem;
import dev.unknot.exercise.PlanSession;
import dev.unknot.exercise.PlanSuggestion;
import dev.unknot.intake.Pain;
import dev.unknot.knowledge.Prescription;
import dev.unknot.progression.Attempt;
import dev.unknot.progression.Progression;
import dev.unknot.progression.Suggestion;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The pain-monitoring rules of {@code progression.yaml} ({@link Progression}) for one exercise of a
 * session: the attempt is the item's dose, how much of it was done, pain before, during and after,
 * and the next morning's diary pain. A new dose keeps the plan's days, times a day and side.
 * Stateless and thread-safe.
 */
public final class ProgressionDoseRules implements DoseRules {
    private final Progression progression;

    public ProgressionDoseRules(Progression progression) {
        this.progression = progression;
    }

    @Override
    public Proposal propose(PlanItem item, PlanSession session, Pain nextMorning) {
        Effort effort = session.report().efforts().getOrDefault(item.exerciseId(), Effort.PARTLY);
        Suggestion suggestion =
                progression.suggest(
                        new Attempt(
                                item.exerciseId(),
                                item.dose(),
                                completion(effort),
                                session.painBefore().points(),
                                session.report().painDuring().points(),
                                session.report().painAfter().points(),
                                OptionalInt.of(nextMorning.points())));
        PlanSuggestion.Kind kind =
                suggestion instanceof Suggestion.Progress
                        ? PlanSuggestion.Kind.PROGRESS
                        : suggestion instanceof Suggestion.StepBack
                                ? PlanSuggestion.Kind.STEP_BACK
                                : suggestion instanceof Suggestion.Hold
                                        ? PlanSuggestion.Kind.HOLD
                                        : PlanSuggestion.Kind.NOT_YET;
        String next = suggestion.exercise().id();
        Prescription dose = keepSchedule(suggestion.dose(), item);
        boolean changes = !next.equals(item.exerciseId()) || !dose.equals(item.dose());
        return new Proposal(
                kind,
                next,
                suggestion.reason(),
                kind.changesDose() && changes ? Optional.of(dose) : Optional.empty());
    }

    /** The suggested amount on the plan's own days, times a day and sides. */
    private static Prescription keepSchedule(Prescription suggested, PlanItem item) {
        Prescription planned = item.dose();
        return new Prescription(
                suggested.sets(),
                suggested.reps(),
                suggested.holdSeconds(),
                suggested.restSeconds(),
                suggested.minutes(),
                item.side() == ItemSide.BOTH && suggested.perSide(),
                planned.timesPerDay(),
                planned.days());
    }

    private static Attempt.Completion completion(Effort effort) {
        return switch (effort) {
            case DONE -> Attempt.Completion.ALL_DONE;
            case PARTLY -> Attempt.Completion.PARTLY_DONE;
            case STOPPED_FOR_PAIN -> Attempt.Completion.STOPPED_FOR_PAIN;
        };
    }
}
