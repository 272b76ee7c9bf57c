package dev.unknot.exercise;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * An exercise as a front end received it for a new plan version, before it is checked: numbers as
 * given (0 = not part of the dose), the days chosen and the side. {@link PlanCheck} turns it into a
 * {@link PlanItem} or names what is wrong, field by field.
 */
public record ItemDraft(
        String exerciseId,
        int sets,
        int reps,
        int holdSeconds,
        int restSeconds,
        int minutes,
        int timesPerDay,
        Set<DayOfWeek> days,
        ItemSide side,
        String notes) {
    public ItemDraft {
        days = Set.copyOf(days);
    }

    /** The draft of an item already in a plan (to keep it, or change part of it). */
    public static ItemDraft of(PlanItem item) {
        var dose = item.dose();
        return new ItemDraft(
                item.exerciseId(),
                dose.sets(),
                dose.reps(),
                dose.holdSeconds(),
                dose.restSeconds(),
                dose.minutes(),
                dose.timesPerDay(),
                dose.days(),
                item.side(),
                item.notes());
    }
}
