package dev.unknot.session;

import dev.unknot.knowledge.Dose;
import dev.unknot.plan.CarePlan;
import dev.unknot.plan.PlanStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a plan's doses into countdowns. A session always times the low end of a dose's range (the
 * person may go on longer on their own): a hold is {@code min} seconds, a rep set {@code min}
 * repetitions at {@code secondsPerRep} each (a knowledge setting), heat or cold {@code min}
 * minutes. A per-side dose is timed left, then right. Stateless and thread-safe.
 */
public final class SessionTiming {
    private final int secondsPerRep;

    public SessionTiming(int secondsPerRep) {
        if (secondsPerRep <= 0) {
            throw new IllegalArgumentException(
                    "secondsPerRep must be positive, was " + secondsPerRep);
        }
        this.secondsPerRep = secondsPerRep;
    }

    /** Every step of the plan, in plan order, with its countdowns. */
    public List<SessionStep> steps(CarePlan plan) {
        return plan.steps().stream().map(this::step).toList();
    }

    SessionStep step(PlanStep step) {
        Dose dose = step.dose();
        List<Side> sides = dose.perSide() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.CENTRE);
        List<TimedUnit> units = new ArrayList<>(sides.size());
        for (Side side : sides) {
            units.add(
                    switch (dose.kind()) {
                        case HOLD -> new TimedUnit(side, dose.min(), 0);
                        case REPS -> new TimedUnit(side, dose.min() * secondsPerRep, dose.min());
                        case MINUTES -> new TimedUnit(side, dose.min() * 60, 0);
                    });
        }
        return new SessionStep(step, units);
    }
}
