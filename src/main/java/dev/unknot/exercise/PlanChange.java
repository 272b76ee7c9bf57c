package dev.unknot.exercise;

import java.util.List;

/** What asking for a new plan version came to: saved as a new version, or refused with reasons. */
public sealed interface PlanChange permits PlanChange.Saved, PlanChange.Refused {

    /** The new version, now the person's current plan. */
    record Saved(ExercisePlan plan) implements PlanChange {}

    /** Nothing saved: every problem found, each naming its field and why in words. */
    record Refused(List<PlanProblem> problems) implements PlanChange {
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }
    }
}
