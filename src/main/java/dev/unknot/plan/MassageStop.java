package dev.unknot.plan;

import dev.unknot.knowledge.Cited;
import java.util.List;
import java.util.Optional;

/**
 * Why self-massage is out of a person's plan: a triage rule that fired and limits the plan ({@code
 * ruleId}, its name), or the phase or the pain level (no rule, the care advice's own words), with
 * the advice in words and its sources. The planner leaves massage out whenever there is one; an
 * individual plan refuses a massage exercise for the same reasons.
 */
public record MassageStop(Optional<String> ruleId, String name, String advice, List<String> sources)
        implements Cited {
    public MassageStop {
        sources = List.copyOf(sources);
    }
}
