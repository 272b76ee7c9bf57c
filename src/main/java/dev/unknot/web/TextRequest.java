package dev.unknot.web;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Question;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /api/assessments/text}: the knot described in the person's own words
 * (required), and the answers read from it that the person says are not what they meant ({@code
 * notMeant}, question paths such as {@code flags.fever}; optional), taken back before triage so
 * they are asked in full.
 */
record TextRequest(String text, List<String> notMeant) {
    TextRequest {
        if (text == null) {
            throw new InvalidInputException("text", "is required");
        }
        notMeant = notMeant == null ? List.of() : List.copyOf(notMeantChecked(notMeant));
    }

    /** The answers not meant, each a known question path. */
    Set<Question> questionsNotMeant() {
        Set<Question> questions = EnumSet.noneOf(Question.class);
        notMeant.forEach(path -> questions.add(Question.byPath(path).orElseThrow()));
        return questions;
    }

    private static List<String> notMeantChecked(List<String> paths) {
        for (int index = 0; index < paths.size(); index++) {
            questionPath("notMeant[" + index + "]", paths.get(index));
        }
        return paths;
    }

    /**
     * {@code path} as the question it names, or an error at {@code field} naming what is allowed;
     * the same check for the API and the pages' form.
     */
    static Question questionPath(String field, String path) {
        if (path == null) {
            throw new InvalidInputException(field, "must be a question path, e.g. flags.fever");
        }
        return Question.byPath(path)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        field,
                                        "'"
                                                + path
                                                + "' is not a question; allowed: "
                                                + String.join(
                                                        ", ",
                                                        java.util.Arrays.stream(Question.values())
                                                                .map(Question::path)
                                                                .toList())));
    }
}
