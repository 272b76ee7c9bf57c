package dev.unknot.measure;

import dev.unknot.intake.InvalidInputException;
import java.util.List;
import java.util.Optional;

/**
 * A validated questionnaire as loaded from {@code measures.yaml}: its items in our own plain words,
 * the published scoring rule, the bands, the citation it follows, a note on reading the score and
 * the advice a result may raise. Immutable and thread-safe.
 */
public record Instrument(
        String id,
        String shortName,
        String name,
        String intro,
        String note,
        Citation citation,
        List<Item> items,
        Scoring scoring,
        List<Band> bands,
        Optional<Alert> alert) {

    public Instrument {
        items = List.copyOf(items);
        bands = List.copyOf(bands);
    }

    /**
     * Scores the item scores given; a score no choice of its item gives, or a wrong count, is
     * invalid input.
     */
    public Outcome score(Responses responses) {
        if (responses.size() != items.size()) {
            throw new InvalidInputException(
                    "responses",
                    "the "
                            + shortName
                            + " has "
                            + items.size()
                            + " items, "
                            + responses.size()
                            + " were given");
        }
        for (Item item : items) {
            Optional<Integer> score = responses.score(item.number());
            if (score.isPresent() && !item.allows(score.get())) {
                throw new InvalidInputException(
                        "responses",
                        "item "
                                + item.number()
                                + " of the "
                                + shortName
                                + " cannot score "
                                + score.get());
            }
        }
        return scoring.score(this, responses);
    }

    /** The name of the band holding {@code score}; empty when the instrument has no bands. */
    public String band(int score) {
        return bands.stream()
                .filter(band -> band.contains(score))
                .map(Band::name)
                .findFirst()
                .orElse("");
    }

    /** Whether an item may be left unanswered at all. */
    public boolean allowsMissing() {
        return scoring.maxMissing() > 0;
    }
}
