package dev.unknot.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unknot.intake.AnswerType;
import dev.unknot.intake.Question;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the small condition language of {@code rules.yaml} into {@link Condition}s, checking every
 * value.
 */
final class ConditionReader {

    private ConditionReader() {}

    static Condition read(Node node) {
        if (node.has("all")) {
            return new Condition.All(
                    nonEmpty(node, "all", node.list("all", ConditionReader::read)));
        }
        if (node.has("any")) {
            return new Condition.Any(
                    nonEmpty(node, "any", node.list("any", ConditionReader::read)));
        }
        String name = node.text("question");
        Question question =
                Question.byField(name)
                        .orElseThrow(
                                () ->
                                        node.problem(
                                                "unknown question '" + name + "' (see intake.md)"));
        if (node.has("is")) {
            return new Condition.Is(question, value(node, question, node.get("is").json()));
        }
        if (node.has("in")) {
            Set<Object> values =
                    new LinkedHashSet<>(
                            nonEmpty(
                                    node,
                                    "in",
                                    node.list("in", item -> value(node, question, item.json()))));
            return new Condition.In(question, values);
        }
        if (node.has("has")) {
            if (!(question.type() instanceof AnswerType.SomeOf<?> someOf)) {
                throw node.problem("'has' needs a list question, " + name + " is not one");
            }
            String code = node.get("has").json().asText();
            return new Condition.Has(
                    question,
                    someOf.parse(code)
                            .orElseThrow(
                                    () ->
                                            node.problem(
                                                    "'"
                                                            + code
                                                            + "' is not a value of "
                                                            + name
                                                            + ": "
                                                            + someOf.allowed())));
        }
        if (node.has("atLeast")) {
            return new Condition.AtLeast(whole(node, question), node.integer("atLeast"));
        }
        if (node.has("below")) {
            return new Condition.Below(whole(node, question), node.integer("below"));
        }
        throw node.problem("a condition needs one of is, in, has, atLeast, below, all, any");
    }

    /**
     * An empty list would make a rule fire always ({@code all}) or never ({@code any}, {@code in}).
     */
    private static <T> List<T> nonEmpty(Node node, String field, List<T> items) {
        if (items.isEmpty()) {
            throw node.problem("'" + field + "' must not be empty");
        }
        return items;
    }

    private static Question whole(Node node, Question question) {
        if (!(question.type() instanceof AnswerType.Whole)) {
            throw node.problem(question.path() + " is not a number");
        }
        return question;
    }

    private static Object value(Node node, Question question, JsonNode value) {
        AnswerType type = question.type();
        if (type instanceof AnswerType.YesNo && value.isBoolean()) {
            return value.asBoolean();
        }
        if (type instanceof AnswerType.OneOf<?> oneOf && value.isTextual()) {
            return oneOf.parse(value.asText())
                    .orElseThrow(
                            () ->
                                    node.problem(
                                            "'"
                                                    + value.asText()
                                                    + "' is not a value of "
                                                    + question.path()
                                                    + ": "
                                                    + oneOf.allowed()));
        }
        throw node.problem(
                "'" + value + "' is not a value of " + question.path() + ": " + type.allowed());
    }
}
