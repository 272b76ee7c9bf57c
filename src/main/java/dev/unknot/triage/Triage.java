package dev.unknot.triage;

import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.Rule;
import dev.unknot.knowledge.Truth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the triage rules of the knowledge base to an intake. The most serious rule that fires
 * decides; a positive emergency or urgent finding is reported whatever is still open; otherwise any
 * open question the rules need makes the result INCOMPLETE. Stateless and thread-safe.
 */
public final class Triage {

    private static final Comparator<Reason> MOST_SERIOUS_FIRST =
            Comparator.comparingInt((Reason reason) -> -reason.rule().disposition().severity());

    private final List<Rule> rules;
    private final List<Question> needed;

    public Triage(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Set<Question> needed = EnumSet.noneOf(Question.class);
        needed.addAll(Question.safetyQuestions());
        rules.forEach(rule -> needed.addAll(rule.when().questions()));
        this.needed = List.copyOf(needed);
    }

    /** The questions triage reads: every safety question and every question a rule tests. */
    public List<Question> neededQuestions() {
        return needed;
    }

    public TriageResult triage(Intake intake) {
        List<Reason> reasons = new ArrayList<>(4);
        Disposition worst = Disposition.SELF_CARE;
        for (Rule rule : rules) {
            if (rule.when().test(intake) == Truth.TRUE) {
                reasons.add(
                        new Reason(
                                rule,
                                rule.when().evidence(intake),
                                rule.when().firedBy(intake).stream().sorted().toList()));
                if (rule.disposition().isMoreSeriousThan(worst)) {
                    worst = rule.disposition();
                }
            }
        }
        List<Question> unanswered = new ArrayList<>(0);
        for (Question question : needed) {
            if (!intake.isAnswered(question)) {
                unanswered.add(question);
            }
        }
        reasons.sort(MOST_SERIOUS_FIRST);
        Disposition disposition =
                worst.isImmediate() || unanswered.isEmpty() ? worst : Disposition.INCOMPLETE;
        return new TriageResult(disposition, reasons, unanswered);
    }
}
