package dev.unknot.knowledge;

import dev.unknot.intake.Question;
import java.util.List;

/** A sign to stop self-care at once and seek help, and the safety questions it corresponds to. */
public record StopSign(String id, String text, List<Question> questions, List<String> sources) implements Cited {
    public StopSign {
        questions = List.copyOf(questions);
        sources = List.copyOf(sources);
    }
}
