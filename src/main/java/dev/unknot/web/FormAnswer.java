package dev.unknot.web;

import dev.unknot.intake.Answer;
import dev.unknot.intake.AnswerType;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the values a wizard form sent for one question: {@code yes}/{@code no}, a number, codes.
 * {@value #NOT_SURE} (or an empty number) leaves the question unanswered; it is never taken as
 * "no".
 */
final class FormAnswer {
    static final String NOT_SURE = "not-sure";

    private FormAnswer() {}

    /** The answer, or empty when the values are not an allowed answer. */
    static Optional<Answer<Object>> parse(Question question, List<String> values) {
        List<String> given =
                values.stream().map(String::trim).filter(value -> !value.isEmpty()).toList();
        AnswerType type = question.type();
        if (given.contains(NOT_SURE)) {
            return Optional.of(Answer.unanswered());
        }
        if (type instanceof AnswerType.SomeOf<?> someOf) {
            return someOf(someOf, given);
        }
        if (given.isEmpty()) {
            return type instanceof AnswerType.Whole
                    ? Optional.of(Answer.unanswered())
                    : Optional.empty();
        }
        if (given.size() > 1) {
            return Optional.empty();
        }
        String value = given.get(0);
        if (type instanceof AnswerType.YesNo) {
            return value.equals("yes")
                    ? Optional.of(Answer.of(true))
                    : value.equals("no") ? Optional.of(Answer.of(false)) : Optional.empty();
        }
        if (type instanceof AnswerType.Whole whole) {
            try {
                int number = Integer.parseInt(value);
                return whole.accepts(number) ? Optional.of(Answer.of(number)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return ((AnswerType.OneOf<?>) type).parse(value).map(Answer::of);
    }

    private static <E extends Enum<E> & Coded> Optional<Answer<Object>> someOf(
            AnswerType.SomeOf<E> type, List<String> codes) {
        List<E> members = new ArrayList<>();
        for (String code : codes) {
            Optional<E> member = type.parse(code);
            if (member.isEmpty()) {
                return Optional.empty();
            }
            members.add(member.get());
        }
        return members.size() < type.minSize()
                ? Optional.empty()
                : Optional.of(Answer.of(type.setOf(members)));
    }
}
