package dev.unknot.assessment;

import dev.unknot.intake.Intake;
import dev.unknot.plan.CarePlan;
import dev.unknot.plan.LikelyMuscle;
import dev.unknot.triage.TriageResult;
import java.util.List;
import java.util.Optional;

/** The whole answer to an intake: triage, likely muscles and, where allowed, the plan. */
public record Assessment(
        Intake intake, TriageResult triage, List<LikelyMuscle> muscles, Optional<CarePlan> plan) {
    public Assessment {
        muscles = List.copyOf(muscles);
    }
}
