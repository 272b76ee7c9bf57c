package dev.unknot.store;

import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.StoredMeasure;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code measure_result} table: questionnaire scores with their dates, for scores over time.
 */
public final class MeasureResults {
    private final Handle handle;

    MeasureResults(Handle handle) {
        this.handle = handle;
    }

    /** Stores a result; returns its id. */
    public long save(long personId, MeasureLog result) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO measure_result"
                                            + " (person_id, instrument, taken_on, recorded_at, responses, score, band) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                    Statement.RETURN_GENERATED_KEYS)) {
                        insert.setLong(1, personId);
                        insert.setString(2, result.instrument());
                        insert.setDate(3, Date.valueOf(result.takenOn()));
                        insert.setTimestamp(4, Timestamp.from(result.recordedAt()));
                        insert.setString(5, result.responses());
                        insert.setString(6, result.score());
                        insert.setString(7, result.band());
                        insert.executeUpdate();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            return keys.getLong(1);
                        }
                    }
                });
    }

    /** Every result of a person, by date then instrument. */
    public List<MeasureLog> all(long personId) {
        return stored(personId).stream().map(StoredMeasure::result).toList();
    }

    /** Every result of a person with its id, by date then instrument. */
    public List<StoredMeasure> stored(long personId) {
        return query(" ORDER BY taken_on, recorded_at, id", personId, -1);
    }

    /** One result, only if it is this person's: another person's id reads as absent. */
    public Optional<StoredMeasure> find(long personId, long id) {
        List<StoredMeasure> found = query(" AND id = ?", personId, id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<StoredMeasure> query(String rest, long personId, long id) {
        return handle.jdbc(
                connection -> {
                    List<StoredMeasure> results = new ArrayList<>();
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT id, instrument, taken_on, recorded_at,"
                                            + " responses, score, band FROM measure_result WHERE person_id = ?"
                                            + rest)) {
                        select.setLong(1, personId);
                        if (id >= 0) {
                            select.setLong(2, id);
                        }
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                results.add(
                                        new StoredMeasure(
                                                rows.getLong("id"),
                                                new MeasureLog(
                                                        rows.getString("instrument"),
                                                        rows.getDate("taken_on").toLocalDate(),
                                                        rows.getTimestamp("recorded_at")
                                                                .toInstant(),
                                                        rows.getString("responses"),
                                                        rows.getString("score"),
                                                        rows.getString("band"))));
                            }
                        }
                    }
                    return results;
                });
    }
}
