package dev.unknot.pathway;

import dev.unknot.clinic.ScheduledSessions;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.store.Database;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The sessions each person's current individual plan schedules in a week, for the care team's
 * adherence: on each day, as many sessions as the most times a day of any exercise planned that day
 * ({@link ExercisePlan#sessionsPerWeek}). Read for everyone asked in one query. Thread-safe.
 */
public final class PlanSchedule implements ScheduledSessions {
    private final Database database;

    public PlanSchedule(Database database) {
        this.database = database;
    }

    @Override
    public Map<Long, Integer> scheduled(Set<Long> personIds, LocalDate weekStart) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> scheduled = new LinkedHashMap<>();
        database.inTransaction(tx -> tx.plans().currentItems(personIds))
                .forEach(
                        (personId, items) ->
                                scheduled.put(personId, ExercisePlan.sessionsPerWeek(items)));
        return scheduled;
    }
}
