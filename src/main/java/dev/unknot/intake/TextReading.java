package dev.unknot.intake;

import java.util.Map;

/** An intake read from free text, with the words that settled each answer. */
public record TextReading(Intake intake, Map<Question, String> evidence) {
    public TextReading {
        evidence = Map.copyOf(evidence);
    }
}
