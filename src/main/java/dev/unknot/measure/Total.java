package dev.unknot.measure;

import java.util.List;
import java.util.OptionalInt;

/**
 * The plain total of the item scores (NPRS, Roland-Morris). When up to {@code maxMissing} items are
 * unanswered the total is pro-rated: sum x items / answered, rounded to a whole number with halves
 * up.
 */
public record Total(int maxMissing) implements Scoring {

    @Override
    public Outcome score(Instrument instrument, Responses responses) {
        int missing = responses.missing().size();
        if (missing > maxMissing) {
            return Scoring.tooManyMissing(instrument, responses, maxMissing);
        }
        int total =
                missing == 0
                        ? responses.sum()
                        : Scoring.roundHalfUp(
                                (long) responses.sum() * responses.size(), responses.answered());
        return new Outcome.Scored(
                instrument,
                responses,
                total,
                OptionalInt.empty(),
                instrument.band(total),
                missing > 0);
    }

    @Override
    public String describe(Outcome.Scored scored) {
        int max = range(scored.instrument().items())[1];
        return scored.score() + "/" + max + (scored.prorated() ? " (pro-rated)" : "");
    }

    @Override
    public int[] range(List<Item> items) {
        return new int[] {0, items.stream().mapToInt(Item::maxScore).sum()};
    }
}
