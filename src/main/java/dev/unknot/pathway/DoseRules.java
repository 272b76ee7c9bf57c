package dev.unknot.pathway;

import dev.unknot.exercise.PlanItem;
import dev.unknot.exercise.PlanSession;
import dev.unknot.exercise.PlanSuggestion;
import dev.unknot.intake.Pain;
import dev.unknot.knowledge.Prescription;
import java.util.Optional;

/**
 * What the progression rules make of one exercise of a session once the next morning's pain is
 * known: the kind of change, the exercise and dose for next time, and why in words. The program's
 * implementation is the pain-monitoring rules of {@code progression.yaml} ({@code
 * progression.Progression}).
 */
@FunctionalInterface
public interface DoseRules {

    /** One exercise's suggestion. */
    record Proposal(
            PlanSuggestion.Kind kind,
            String nextExerciseId,
            String reason,
            Optional<Prescription> dose) {}

    Proposal propose(PlanItem item, PlanSession session, Pain nextMorning);
}
