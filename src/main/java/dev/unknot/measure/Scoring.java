package dev.unknot.measure;

import java.util.List;

/**
 * A published scoring rule with its parameters from {@code measures.yaml}. Every rule says how many
 * items may be missing, scores a complete-enough set of responses and writes the score in words.
 */
public sealed interface Scoring permits Percentage, Total, Stratified {

    /** How many items may be left unanswered and still be scored. */
    int maxMissing();

    /** Scores responses already checked against the instrument's items. */
    Outcome score(Instrument instrument, Responses responses);

    /** The score in words, e.g. {@code "38%"}. */
    String describe(Outcome.Scored scored);

    /** The lowest and highest score this rule gives for {@code items}, for checking the bands. */
    int[] range(List<Item> items);

    /** Rounds {@code numerator / denominator} to a whole number, halves up (both non-negative). */
    static int roundHalfUp(long numerator, long denominator) {
        return (int) ((2 * numerator + denominator) / (2 * denominator));
    }

    /** The outcome when more items are missing than {@code maxMissing}. */
    static Outcome.Incomplete tooManyMissing(
            Instrument instrument, Responses responses, int maxMissing) {
        int missing = responses.missing().size();
        String allowed =
                maxMissing == 0
                        ? "every item must be answered"
                        : "at most " + maxMissing + " may be missing";
        return new Outcome.Incomplete(
                instrument,
                responses,
                missing
                        + " of "
                        + responses.size()
                        + " items unanswered (items "
                        + responses.missing()
                        + "); "
                        + allowed
                        + " to score the "
                        + instrument.shortName());
    }
}
