package dev.unknot.plan;

import dev.unknot.intake.Cause;
import dev.unknot.knowledge.Habit;
import java.util.Set;

/**
 * A prevention habit in the plan, and the causes the person named that it answers (empty: for
 * everyone).
 */
public record Prevention(Habit habit, Set<Cause> because) {
    public Prevention {
        because =
                because.isEmpty()
                        ? Set.of()
                        : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(because));
    }
}
