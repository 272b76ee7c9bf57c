package dev.unknot.knowledge;

import dev.unknot.intake.Question;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A sign to stop self-care at once and seek help, and the safety questions it corresponds to. */
public record StopSign(String id, String text, List<Question> questions, List<String> sources)
        implements Cited {
    public StopSign {
        questions = List.copyOf(questions);
        sources = List.copyOf(sources);
    }

    /**
     * The safety answers a clear stop-sign check gives: "no" to every question behind the signs.
     */
    public static Map<Question, Object> noAnswers(List<StopSign> signs) {
        Map<Question, Object> answers = new EnumMap<>(Question.class);
        for (StopSign sign : signs) {
            for (Question question : sign.questions()) {
                answers.put(
                        question,
                        question.type()
                                .no()
                                .orElseThrow(
                                        () ->
                                                new IllegalStateException(
                                                        question.path() + " has no 'no' answer")));
            }
        }
        return answers;
    }
}
