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
     * Sessions a week this version asks for: on each day of the week, as many as the most times a
     * day of any exercise planned for that day.
     */
    public int sessionsPerWeek() {
        return sessionsPerWeek(items);
    }

    /** {@link #sessionsPerWeek()} of a plan's items. */
    public static int sessionsPerWeek(List<PlanItem> items) {
        int sessions = 0;
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            sessions +=
                    items.stream()
                            .filter(item -> item.dose().days().contains(day))
                            .mapToInt(item -> item.dose().timesPerDay())
                            .max()
                            .orElse(0);
        }
        return sessions;
    }
}
