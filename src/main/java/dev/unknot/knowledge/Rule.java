package dev.unknot.knowledge;

import java.util.List;

/**
 * One triage rule of {@code triage-policy.md}: when its condition holds, its disposition applies
 * and its advice is shown.
 */
public record Rule(
        String id,
        String name,
        Condition when,
        Disposition disposition,
        String concern,
        String advice,
        PlanLimit planLimit,
        List<String> sources)
        implements Cited {
    public Rule {
        sources = List.copyOf(sources);
    }
}
