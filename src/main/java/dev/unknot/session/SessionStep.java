package dev.unknot.session;

import dev.unknot.plan.PlanStep;
import java.util.List;

/**
 * A step of the plan as a guided session runs it: the step, its countdowns in order, and its dose
 * in words (the step's own dose, or an individual plan's sets, repetitions and rests).
 */
public record SessionStep(PlanStep step, List<TimedUnit> units, String doseWords) {
    public SessionStep {
        units = List.copyOf(units);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("step " + step.id() + " has nothing to time");
        }
    }

    /** A step of the generated plan: its dose in words is the step's. */
    public SessionStep(PlanStep step, List<TimedUnit> units) {
        this(step, units, step.dose().describe());
    }

    /** The seconds of all its countdowns together. */
    public int seconds() {
        return units.stream().mapToInt(TimedUnit::seconds).sum();
    }
}
