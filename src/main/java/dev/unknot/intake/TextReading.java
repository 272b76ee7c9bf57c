package dev.unknot.intake;

import java.util.Map;

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
}
