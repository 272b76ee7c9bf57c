package dev.unknot.store;

import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakOutcome;
import dev.unknot.intake.Coded;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The {@code break_event} table: a person's break history. */
public final class BreakLog {
    private static final String COLUMNS = "happened_at, outcome, seconds, exercises";
    private final Handle handle;

    BreakLog(Handle handle) {
        this.handle = handle;
    }

    /** Adds one event. */
    public void append(long personId, BreakEvent event) {
        Statements.update(
                handle,
                "INSERT INTO break_event (person_id, happened_at, outcome, seconds, exercises)"
                        + " VALUES (?, ?, ?, ?, ?)",
                personId,
                event.at(),
                event.outcome().code(),
                event.seconds(),
                String.join(",", event.exercises()));
    }

    /** Every event of a person, oldest first. */
    public List<BreakEvent> all(long personId) {
        return Statements.list(
                handle,
                "SELECT "
                        + COLUMNS
                        + " FROM break_event WHERE person_id = ? ORDER BY happened_at, id",
                BreakLog::event,
                personId);
    }

    /**
     * The events of a person from {@code from} (inclusive) to {@code to} (exclusive), oldest first.
     */
    public List<BreakEvent> between(long personId, Instant from, Instant to) {
        return Statements.list(
                handle,
                "SELECT "
                        + COLUMNS
                        + " FROM break_event WHERE person_id = ? AND happened_at >= ? AND happened_at < ?"
                        + " ORDER BY happened_at, id",
                BreakLog::event,
                personId,
                from,
                to);
    }

    private static BreakEvent event(ResultSet rows) throws SQLException {
        String code = rows.getString("outcome");
        String exercises = rows.getString("exercises");
        return new BreakEvent(
                Statements.instant(rows, "happened_at"),
                Coded.fromCode(BreakOutcome.class, code)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "stored break outcome not known: " + code)),
                rows.getInt("seconds"),
                exercises.isEmpty() ? List.of() : Arrays.asList(exercises.split(",")));
    }
}
