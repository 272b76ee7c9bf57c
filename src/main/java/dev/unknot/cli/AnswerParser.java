package dev.unknot.cli;

import dev.unknot.intake.Answer;
import dev.unknot.intake.AnswerType;
import dev.unknot.intake.Coded;
import dev.unknot.knowledge.WizardQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a person typed at a wizard question: yes/no, a number, a choice by number, code or
 * words. "?", "not sure", "skip" or "don't know" leave the question unanswered; anything else not
 * allowed is rejected (empty result) so the wizard asks again.
 */
final class AnswerParser {
    private static final Set<String> YES = Set.of("y", "yes", "yeah", "yep", "true");
    private static final Set<String> NO = Set.of("n", "no", "nope", "false");
    private static final Set<String> NOT_SURE =
            Set.of(
                    "?",
                    "not sure",
                    "unsure",
                    "skip",
                    "don't know",
                    "dont know",
                    "i don't know",
                    "i dont know",
                    "dunno");

    private AnswerParser() {}

    /** The answer typed, or empty if it is not an allowed answer. */
    static Optional<Answer<Object>> parse(WizardQuestion question, String typed) {
        String text = typed.trim().toLowerCase(Locale.ROOT);
        if (NOT_SURE.contains(text)) {
            return Optional.of(Answer.unanswered());
        }
        AnswerType type = question.question().type();
        if (type instanceof AnswerType.YesNo) {
            if (YES.contains(text)) {
                return Optional.of(Answer.of(true));
            }
            return NO.contains(text) ? Optional.of(Answer.of(false)) : Optional.empty();
        }
        if (type instanceof AnswerType.Whole whole) {
            try {
                int number = Integer.parseInt(text);
                return number >= whole.min() && number <= whole.max()
                        ? Optional.of(Answer.of(number))
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        if (type instanceof AnswerType.OneOf<?> oneOf) {
            return choice(question, oneOf.codes(), text).flatMap(oneOf::parse).map(Answer::of);
        }
        return someOf(question, (AnswerType.SomeOf<?>) type, text);
    }

    private static <E extends Enum<E> & Coded> Optional<Answer<Object>> someOf(
            WizardQuestion question, AnswerType.SomeOf<E> type, String text) {
        if (text.equals("none") || text.isEmpty()) {
            return type.minSize() == 0
                    ? Optional.of(Answer.of(type.setOf(List.of())))
                    : Optional.empty();
        }
        List<E> members = new ArrayList<>();
        for (String part : text.split("\\s*,\\s*|\\s+and\\s+")) {
            Optional<E> member = choice(question, type.codes(), part.trim()).flatMap(type::parse);
            if (member.isEmpty()) {
                return Optional.empty();
            }
            members.add(member.get());
        }
        return Optional.of(Answer.of(type.setOf(members)));
    }

    /** The code chosen by its number (1-based), its code, or its words. */
    private static Optional<String> choice(
            WizardQuestion question, List<String> codes, String text) {
        try {
            int number = Integer.parseInt(text);
            return number >= 1 && number <= codes.size()
                    ? Optional.of(codes.get(number - 1))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            List<String> matches = new ArrayList<>();
            for (Map.Entry<String, String> choice : question.choices().entrySet()) {
                String code = choice.getKey();
                String words = choice.getValue().toLowerCase(Locale.ROOT);
                if (code.equals(text)
                        || code.replace('-', ' ').equals(text)
                        || words.equals(text)) {
                    return Optional.of(code);
                }
                if (text.length() >= 3
                        && (words.endsWith(" " + text) || words.startsWith(text + " "))) {
                    matches.add(code);
                }
            }
            // Part of the words is enough when it points to one choice only ("both legs", "tennis
            // ball").
            return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
        }
    }

    /** The allowed answers in words, shown with the question and again after a bad answer. */
    static String allowed(WizardQuestion question) {
        AnswerType type = question.question().type();
        if (type instanceof AnswerType.YesNo) {
            return "yes / no / not sure";
        }
        if (type instanceof AnswerType.Whole whole) {
            return "a number from " + whole.min() + " to " + whole.max() + ", or not sure";
        }
        boolean some = type instanceof AnswerType.SomeOf<?>;
        StringBuilder text =
                new StringBuilder(
                        some
                                ? "one or more, by number or words, separated by commas:"
                                : "one, by number or words:");
        int number = 1;
        for (Map.Entry<String, String> choice : question.choices().entrySet()) {
            text.append("\n       ").append(number++).append(") ").append(choice.getValue());
        }
        boolean noneAllowed = type instanceof AnswerType.SomeOf<?> someOf && someOf.minSize() == 0;
        return text.append(
                        noneAllowed ? "\n       or: none, or: not sure" : "\n       or: not sure")
                .toString();
    }
}
