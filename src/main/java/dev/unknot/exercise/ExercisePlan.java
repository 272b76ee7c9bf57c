package dev.unknot.exercise;

import java.time.Instant;
import java.util.List;

/**
 * One version of a person's individual exercise plan. A plan is never changed in place: every
 * change is a new version with the next number, who made it, when, why ({@code reason}, in words)
 * and the clinician's note to the person (empty for none). {@code id} is the stored row's.
 */
public record ExercisePlan(
        long id,
        long personId,
        int version,
        Author author,
        Instant at,
        String reason,
        String note,
        List<PlanItem> items) {
    public ExercisePlan {
        if (version < 1) {
            throw new IllegalArgumentException("versions start at 1, was " + version);
        }
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a plan version needs at least one exercise");
        }
    }

    /** The item for an exercise, if the plan has it. */
    public java.util.Optional<PlanItem> item(String exerciseId) {
        return items.stream().filter(item -> item.exerciseId().equals(exerciseId)).findFirst();
    }

    /**
     * Sessions a week this version asks for: per item days times times a day, the most of any item.
     */
    public int sessionsPerWeek() {
        return items.stream()
                .mapToInt(item -> item.dose().daysPerWeek() * item.dose().timesPerDay())
                .max()
                .orElse(0);
    }
}
