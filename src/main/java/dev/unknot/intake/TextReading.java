package dev.unknot.intake;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * An intake read from free text: the answers, the words that settled each one ({@code evidence}),
 * and the questions the text touched on without settling them, with the words that left them open
 * ({@code unsure}, e.g. "not sure about numbness").
 */
public record TextReading(
        Intake intake, Map<Question, String> evidence, Map<Question, String> unsure) {
    public TextReading {
        evidence = Map.copyOf(evidence);
        unsure = Map.copyOf(unsure);
    }

    /**
     * The reading with the answers the person says are not what they meant taken back: each of
     * {@code notMeant} is unanswered again, so it is asked in full (never taken as "no"), and the
     * words that had settled it are kept among those that touched on it without settling it. A
     * question the text did not settle stays as it was.
     */
    public TextReading reopen(Set<Question> notMeant) {
        if (notMeant.isEmpty()) {
            return this;
        }
        Intake.Builder answers = intake.toBuilder();
        Map<Question, String> settled = new EnumMap<>(Question.class);
        settled.putAll(evidence);
        Map<Question, String> open = new EnumMap<>(Question.class);
        open.putAll(unsure);
        for (Question question : notMeant) {
            answers.clear(question);
            String words = settled.remove(question);
            if (words != null) {
                open.put(question, words);
            }
        }
        return new TextReading(answers.build(), settled, open);
    }
}
