package dev.unknot.measure;

import java.util.List;
import java.util.OptionalInt;

/**
 * The Oswestry rule: the points scored as a percentage of the most the answered items could score
 * (ODI = sum / (5 x answered sections) x 100), rounded to a whole percent with halves up, then
 * banded. Up to {@code maxMissing} items may be unanswered.
 */
public record Percentage(int maxMissing) implements Scoring {

    @Override
    public Outcome score(Instrument instrument, Responses responses) {
        if (responses.missing().size() > maxMissing) {
            return Scoring.tooManyMissing(instrument, responses, maxMissing);
        }
        int possible = 0;
        for (Item item : instrument.items()) {
            if (responses.score(item.number()).isPresent()) {
                possible += item.maxScore();
            }
        }
        int percent = Scoring.roundHalfUp(100L * responses.sum(), possible);
        return new Outcome.Scored(
                instrument,
                responses,
                percent,
                OptionalInt.empty(),
                instrument.band(percent),
                !responses.missing().isEmpty());
    }

    @Override
    public String describe(Outcome.Scored scored) {
        return scored.score() + "%";
    }

    @Override
    public int[] range(List<Item> items) {
        return new int[] {0, 100};
    }
}
