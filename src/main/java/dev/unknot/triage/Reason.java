package dev.unknot.triage;

import dev.unknot.intake.Question;
import dev.unknot.knowledge.Rule;
import java.util.List;

/**
 * A rule that fired, with the answers that fired it: as field and value ({@code evidence}, e.g.
 * {@code flags.fever = true}, for machines) and as the questions whose answers they are ({@code
 * answers}, in contract order, for the plain words people read). Its advice and sources come from
 * the rule.
 */
public record Reason(Rule rule, List<String> evidence, List<Question> answers) {
    public Reason {
        evidence = List.copyOf(evidence);
        answers = List.copyOf(answers);
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
