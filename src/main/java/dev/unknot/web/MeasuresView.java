package dev.unknot.web;

import dev.unknot.diary.Escalation;
import dev.unknot.measure.Instrument;
import dev.unknot.measure.StoredMeasure;
import java.util.List;
import java.util.Optional;

/**
 * The measures page: each questionnaire with its scores over time, and the one just taken, if any.
 */
public record MeasuresView(List<Row> instruments, Optional<Taken> taken) {

    /** A questionnaire and this person's results for it, oldest first. */
    public record Row(Instrument instrument, List<StoredMeasure> results) {}

    /** The result just stored and the advice it raised. */
    public record Taken(
            String name, String score, String band, String note, Optional<Escalation> escalation) {}
}
