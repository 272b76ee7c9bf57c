package dev.unknot.cli;

import dev.unknot.intake.AnswerType;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.WizardQuestion;
import java.util.Map;

/**
 * What a wizard question takes, in words: shown once with the question (the choices numbered), and
 * after a reply it cannot take as one short line naming what is allowed, without the list again.
 */
final class AnswerHints {
    /** The numbers' questions, in the person's terms. */
    private static final Map<Question, String> NUMBERS =
            Map.of(
                    Question.ONSET_DAYS,
                    "the number of days since it started, e.g. 3 or \"2 weeks\" (0 = today)",
                    Question.AGE,
                    "your age in years, e.g. 38",
                    Question.PAIN_NOW,
                    "a number from 0 (no pain) to 10, e.g. 6 or \"6/10\"");

    private AnswerHints() {}

    /** The allowed answers shown with the question: for choices, the numbered list. */
    static String shown(WizardQuestion question) {
        AnswerType type = question.question().type();
        if (type instanceof AnswerType.YesNo) {
            return "yes / no / not sure";
        }
        if (type instanceof AnswerType.Whole whole) {
            return number(question.question(), whole) + ", or not sure";
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
        return text.append(
                        noneAllowed(type)
                                ? "\n       or: none, or: not sure"
                                : "\n       or: not sure")
                .toString();
    }

    /**
     * One short line after a reply the question cannot take; {@code whichOne} when a plain "yes"
     * needs to say which.
     */
    static String again(WizardQuestion question, boolean whichOne) {
        AnswerType type = question.question().type();
        if (type instanceof AnswerType.YesNo) {
            return "Please answer yes, no or not sure.";
        }
        if (type instanceof AnswerType.Whole whole) {
            return "Please give " + number(question.question(), whole) + ", or say not sure.";
        }
        int count = question.choices().size();
        if (whichOne) {
            return "Please say which, by its number (1 to " + count + ") or its words.";
        }
        return (type instanceof AnswerType.SomeOf<?>
                        ? "Please choose one or more by number (1 to "
                                + count
                                + ") or words, separated by commas"
                        : "Please choose one by its number (1 to " + count + ") or its words")
                + (noneAllowed(type) ? ", or say none or not sure." : ", or say not sure.");
    }

    private static String number(Question question, AnswerType.Whole whole) {
        return NUMBERS.getOrDefault(
                question, "a number from " + whole.min() + " to " + whole.max());
    }

    private static boolean noneAllowed(AnswerType type) {
        return type instanceof AnswerType.SomeOf<?> some && some.minSize() == 0;
    }
}
