package dev.unknot.triage;

import dev.unknot.intake.Question;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.PlanLimit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of triage: the disposition, every rule that fired (most serious first), and the
 * questions still unanswered that triage needs.
 */
public record TriageResult(
        Disposition disposition, List<Reason> reasons, List<Question> unanswered) {
    public TriageResult {
        reasons = List.copyOf(reasons);
        unanswered = List.copyOf(unanswered);
    }

    /** Whether a self-care plan may be shown: only for SEE_CLINICIAN and SELF_CARE. */
    public boolean allowsPlan() {
        return disposition == Disposition.SEE_CLINICIAN || disposition == Disposition.SELF_CARE;
    }

    /** The limits the fired rules put on the plan. */
    public Set<PlanLimit> planLimits() {
        Set<PlanLimit> limits = EnumSet.noneOf(PlanLimit.class);
        for (Reason reason : reasons) {
            if (reason.rule().planLimit() != PlanLimit.NONE) {
                limits.add(reason.rule().planLimit());
            }
        }
        return limits;
    }

    public boolean fired(String ruleId) {
        return reasons.stream().anyMatch(reason -> reason.ruleId().equals(ruleId));
    }
}
