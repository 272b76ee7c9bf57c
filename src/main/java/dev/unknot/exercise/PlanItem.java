package dev.unknot.exercise;

import dev.unknot.knowledge.Prescription;

/**
 * One exercise of an individual plan: the library entry it is ({@code exerciseId}), its dose, the
 * side it is done on and the clinician's notes for it (empty for none).
 */
public record PlanItem(String exerciseId, Prescription dose, ItemSide side, String notes) {
    public PlanItem {
        if (exerciseId.isBlank()) {
            throw new IllegalArgumentException("a plan item needs an exercise id");
        }
        notes = notes.strip();
    }

    /** The same exercise with another dose. */
    public PlanItem withDose(Prescription changed) {
        return new PlanItem(exerciseId, changed, side, notes);
    }
}
