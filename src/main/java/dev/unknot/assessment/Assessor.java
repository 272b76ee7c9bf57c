package dev.unknot.assessment;

import dev.unknot.intake.Intake;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.plan.Planner;
import dev.unknot.triage.Triage;
import dev.unknot.triage.TriageResult;

/** The one flow every front end uses: intake to triage to plan. Stateless and thread-safe. */
public final class Assessor {
    private final Triage triage;
    private final Planner planner;

    public Assessor(KnowledgeBase knowledge) {
        this.triage = new Triage(knowledge.rules());
        this.planner = new Planner(knowledge);
    }

    public Triage triage() {
        return triage;
    }

    public Assessment assess(Intake intake) {
        TriageResult result = triage.triage(intake);
        return new Assessment(
                intake, result, planner.likelyMuscles(intake), planner.plan(intake, result));
    }
}
