package dev.unknot.clinic;

import dev.unknot.care.CarePerson;
import dev.unknot.care.DatedDisposition;
import dev.unknot.care.PainPoint;
import dev.unknot.measure.MeasureLog;
import java.util.List;
import java.util.Optional;

/**
 * One person on a clinician's list: their latest disposition, last diary entry, the pain of the
 * last days (oldest first), adherence this week, latest outcome measures (one per instrument) and
 * flags, most serious first.
 */
public record RosterLine(
        CarePerson person,
        Optional<DatedDisposition> disposition,
        Optional<PainPoint> lastEntry,
        List<PainPoint> pain,
        Adherence adherence,
        List<MeasureLog> measures,
        List<Flagged> flags) {
    public RosterLine {
        pain = List.copyOf(pain);
        measures = List.copyOf(measures);
        flags = List.copyOf(flags);
    }

    /** The severity of the most serious flag; 0 for none. */
    public int severity() {
        return flags.isEmpty() ? 0 : flags.get(0).flag().severity();
    }
}
