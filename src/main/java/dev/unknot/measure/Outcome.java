package dev.unknot.measure;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What scoring a questionnaire gives: a {@link Scored} result with its band, or {@link Incomplete}
 * when more items are missing than the instrument's published scoring can bear. Both are expected
 * values.
 */
public sealed interface Outcome permits Outcome.Scored, Outcome.Incomplete {

    Instrument instrument();

    Responses responses();

    /** The numbers of the items left unanswered. */
    default List<Integer> missing() {
        return responses().missing();
    }

    /**
     * The score in words, as shown and stored: {@code "38%"}, {@code "12/24"}, or why there is
     * none.
     */
    String scoreText();

    /** The band in words ({@code "moderate disability"}); empty where the instrument has none. */
    String band();

    /**
     * A scored questionnaire. {@code subscale} is set where the instrument has one (STarT Back's
     * psychosocial score); {@code prorated} when missing items were allowed for by proportion.
     */
    record Scored(
            Instrument instrument,
            Responses responses,
            int score,
            OptionalInt subscale,
            String band,
            boolean prorated)
            implements Outcome {

        @Override
        public String scoreText() {
            return instrument.scoring().describe(this);
        }

        /** The advice this result raises, if its band calls for any. */
        public Optional<Alert> alert() {
            return instrument.alert().filter(alert -> alert.band().equals(band));
        }
    }

    /**
     * Too many items missing to give a score; {@code reason} says how many and how many are
     * allowed.
     */
    record Incomplete(Instrument instrument, Responses responses, String reason)
            implements Outcome {

        @Override
        public String scoreText() {
            return "not scored";
        }

        @Override
        public String band() {
            return "";
        }
    }
}
