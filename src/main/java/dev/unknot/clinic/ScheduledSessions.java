package dev.unknot.clinic;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * How many guided sessions each person's individual plan schedules in a week, for the dashboard's
 * adherence. Answered for many people at once (one query, not one per person). A person with no
 * plan is absent from the answer. Individual plans provide the real one; until then {@link
 * #NO_PLAN}.
 */
@FunctionalInterface
public interface ScheduledSessions {
    /** Nobody has an individual plan yet. */
    ScheduledSessions NO_PLAN = (people, weekStart) -> Map.of();

    /**
     * Sessions scheduled in the week starting {@code weekStart} (a Monday), by person id; people
     * without a plan are left out.
     */
    Map<Long, Integer> scheduled(Set<Long> personIds, LocalDate weekStart);
}
