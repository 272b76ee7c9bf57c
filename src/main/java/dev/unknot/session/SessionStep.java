package dev.unknot.session;

import dev.unknot.plan.PlanStep;
import java.util.List;

/** A step of the plan as a guided session runs it: the step and its countdowns, in order. */
public record SessionStep(PlanStep step, List<TimedUnit> units) {
    public SessionStep {
        units = List.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("step " + step.id() + " has nothing to time");
        }
    }

    /** The seconds of all its countdowns together. */
    public int seconds() {
        return units.stream().mapToInt(TimedUnit::seconds).sum();
    }
}
