package dev.unknot.cli;

import dev.unknot.knowledge.Condition;
import dev.unknot.knowledge.KnowledgeBase;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rule's condition in plain words, from each answer's words in {@code questions.yaml} ("fever or
 * chills", "weakness in one leg or weakness in both legs"), never as field names or codes.
 */
final class ConditionWords {
    private final KnowledgeBase knowledge;

    ConditionWords(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    String describe(Condition condition) {
        if (condition instanceof Condition.Is is) {
            return knowledge.said(is.question(), is.value());
        }
        if (condition instanceof Condition.In in) {
            return in.values().stream()
                    .map(value -> knowledge.said(in.question(), value))
                    .sorted()
                    .collect(Collectors.joining(" or "));
        }
        if (condition instanceof Condition.Has has) {
            return knowledge.said(has.question(), Set.of(has.member()));
        }
        if (condition instanceof Condition.AtLeast atLeast) {
            return knowledge.said(atLeast.question(), atLeast.bound()) + " or more";
        }
        if (condition instanceof Condition.Below below) {
            return knowledge.said(below.question(), below.bound() - 1) + " or less";
        }
        if (condition instanceof Condition.All all) {
            return joined(all.parts(), " and ");
        }
        return joined(((Condition.Any) condition).parts(), " or ");
    }

    private String joined(List<Condition> parts, String between) {
        return parts.stream()
                .map(
                        part ->
                                part instanceof Condition.All || part instanceof Condition.Any
                                        ? "(" + describe(part) + ")"
                                        : describe(part))
                .collect(Collectors.joining(between));
    }
}
