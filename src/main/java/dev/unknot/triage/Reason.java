package dev.unknot.triage;

import dev.unknot.knowledge.Rule;
import java.util.List;

/** A rule that fired, with the answers that fired it. Its advice and sources come from the rule. */
public record Reason(Rule rule, List<String> evidence) {
    public Reason {
        evidence = List.copyOf(evidence);
    }

    public String ruleId() {
        return rule.id();
    }

    public String advice() {
        return rule.advice();
    }

    public List<String> sources() {
        return rule.sources();
    }
}
