package dev.unknot.workstation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person's latest workstation check says under each prevention habit of the plan: the
 * changes (and checks) of the items that belong to it, by habit id. The terminal and the pages show
 * the same object. Empty when there is no check or nothing fell short.
 */
public record HabitLinks(Map<String, List<Change>> byHabit) {
    /** No check taken, or nothing to change. */
    public static final HabitLinks NONE = new HabitLinks(Map.of());

    public HabitLinks {
        Map<String, List<Change>> copy = new LinkedHashMap<>();
        byHabit.forEach((habit, changes) -> copy.put(habit, List.copyOf(changes)));
        byHabit = java.util.Collections.unmodifiableMap(copy);
    }

    /** The changes under {@code habitId}, in the check's order; empty when none. */
    public List<Change> changesFor(String habitId) {
        return byHabit.getOrDefault(habitId, List.of());
    }

    public boolean isEmpty() {
        return byHabit.isEmpty();
    }
}
