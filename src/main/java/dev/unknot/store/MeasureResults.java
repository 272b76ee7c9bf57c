package dev.unknot.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** The {@code measure_result} table: questionnaire scores with their dates, for scores over time. */
public final class MeasureResults {

    public void save(Connection connection, long personId, MeasureLog result) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO measure_result"
                + " (person_id, instrument, taken_on, recorded_at, responses, score, band) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, personId);
            insert.setString(2, result.instrument());
            insert.setDate(3, Date.valueOf(result.takenOn()));
            insert.setTimestamp(4, Timestamp.from(result.recordedAt()));
            insert.setString(5, result.responses());
            insert.setString(6, result.score());
            insert.setString(7, result.band());
            insert.executeUpdate();
        }
    }

    /** Every result of a person, by date then instrument. */
    public List<MeasureLog> all(Connection connection, long personId) throws SQLException {
        List<MeasureLog> results = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT instrument, taken_on, recorded_at, responses,"
                + " score, band FROM measure_result WHERE person_id = ? ORDER BY taken_on, recorded_at, id")) {
            select.setLong(1, personId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    results.add(new MeasureLog(rows.getString("instrument"), rows.getDate("taken_on").toLocalDate(),
                            rows.getTimestamp("recorded_at").toInstant(), rows.getString("responses"),
                            rows.getString("score"), rows.getString("band")));
                }
            }
        }
        return results;
    }
}
