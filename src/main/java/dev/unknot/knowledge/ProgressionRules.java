package dev.unknot.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The reviewed rules for building an exercise up or down, loaded from {@code progression.yaml}: the
 * pain-monitoring thresholds, how far each kind of exercise grows at a time, the rules in the order
 * they are checked, the words for what happens next time and the self-care programme's start.
 * Immutable and thread-safe.
 *
 * @param painLimit pain during or just after a session (0-10) at or below which it is fine to go on
 * @param settleMargin how much above the pain before the session the next morning's pain may be and
 *     still count as settled
 * @param flareMargin next morning's pain more than this above the pain before the session is a
 *     flare: step back
 * @param handout the pain rule for a printed handout, with {@code {limit}} and {@code {flare}}
 */
public record ProgressionRules(
        int painLimit,
        int settleMargin,
        int flareMargin,
        String handout,
        List<String> painSources,
        Map<LibraryExercise.Kind, Growth> growth,
        List<ProgressionRule> rules,
        NextWords next,
        SelfCareSettings selfCare) {

    public ProgressionRules {
        painSources = List.copyOf(painSources);
        growth = Map.copyOf(growth);
        rules = List.copyOf(rules);
    }

    /** The pain rule in plain words for a handout, built from the same numbers the rules use. */
    public PainRule painRule() {
        return new PainRule(fill(handout), painSources);
    }

    /** The rule that decides when {@code condition} holds. */
    public ProgressionRule rule(ProgressionRule.Condition condition) {
        return rules.stream()
                .filter(rule -> rule.when() == condition)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no rule for " + condition));
    }

    /** How an exercise of this kind grows. */
    public Growth growthOf(LibraryExercise.Kind kind) {
        Growth found = growth.get(kind);
        if (found == null) {
            throw new IllegalStateException("no growth for " + kind);
        }
        return found;
    }

    /** A rule's reason with the thresholds filled in. */
    public String reasonOf(ProgressionRule rule) {
        return fill(rule.reason());
    }

    private String fill(String template) {
        return Placeholders.fill(
                template, Map.of("limit", painLimit, "flare", flareMargin, "settle", settleMargin));
    }
}
