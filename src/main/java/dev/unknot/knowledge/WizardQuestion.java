package dev.unknot.knowledge;

import dev.unknot.intake.Question;
import java.util.Map;

/** A question as the wizard asks it: plain-words prompt and a label for each allowed code. */
public record WizardQuestion(Question question, String prompt, Map<String, String> choices) {
    public WizardQuestion {
        choices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(choices));
    }
}
