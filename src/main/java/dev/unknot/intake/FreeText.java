package dev.unknot.intake;

/** Placeholder until the free-text reader lands: settles nothing, so every question stays unanswered. */
public final class FreeText {
    public TextReading read(String text) {
        if (text.isBlank()) {
            throw new InvalidIntakeException("text", "the text is empty; describe your back in a few words");
        }
        return new TextReading(Intake.empty(), java.util.Map.of());
    }
}
