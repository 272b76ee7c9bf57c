package dev.unknot.assessment;

import dev.unknot.intake.Question;
import dev.unknot.intake.TextReading;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a description in the person's own words settled and left open, read back in plain words for
 * them to confirm before the result ({@code docs/freetext-reading.md}, "Confirming what was read").
 * Made by {@link Interview#understood}, in the order the questions are asked; every front end shows
 * this and only translates it. Immutable.
 *
 * @param reading the reading as confirmed so far: the answers not meant are open again
 * @param settled each answer the text settled, in plain words, with the words behind it
 * @param open each question the text touched on without settling it, with those words (the answers
 *     not meant among them), to be asked in full
 * @param emergencyFrom the settled answers that make the reading an emergency; empty when it is not
 *     one
 * @param notMeant the answers the person said were not what they meant, taken back
 */
public record Understood(
        TextReading reading,
        List<Settled> settled,
        List<Open> open,
        List<Question> emergencyFrom,
        List<Question> notMeant) {

    public Understood {
        settled = List.copyOf(settled);
        open = List.copyOf(open);
        emergencyFrom = List.copyOf(emergencyFrom);
        notMeant = List.copyOf(notMeant);
    }

    /**
     * An answer the text settled: its value, the answer in plain words ("no fever or chills") and
     * the person's words behind it ("denies fever").
     */
    public record Settled(Question question, Object value, String said, String words) {}

    /**
     * A question left open although the text touched on it: the question as the wizard asks it and
     * the person's words that did not settle it.
     */
    public record Open(Question question, String prompt, String words) {}

    /** Whether the words alone are an emergency: its advice comes before anything is asked. */
    public boolean isEmergency() {
        return !emergencyFrom.isEmpty();
    }

    /** The settled answers that make the reading an emergency, with the words behind them. */
    public List<Settled> triggers() {
        return settled.stream().filter(line -> emergencyFrom.contains(line.question())).toList();
    }

    /** The answers in one line: "no fever or chills; numbness or tingling in both legs". */
    public String summary() {
        return settled.stream().map(Settled::said).collect(Collectors.joining("; "));
    }
}
