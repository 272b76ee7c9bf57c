package dev.unknot.store;

import dev.unknot.exercise.Effort;
import dev.unknot.exercise.PlanSession;
import dev.unknot.exercise.SessionReport;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Pain;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code plan_session} and {@code session_exercise} tables: guided sessions that followed a
 * plan version, with what the person reported, and whether the next diary entry reviewed them.
 */
public final class PlanSessions {
    private static final String SELECT =
            "SELECT p.session_id, p.person_id, p.plan_id, v.version, s.ended_at, s.pain_before, p.pain_during,"
                    + " p.pain_after, p.reviewed_at FROM plan_session p"
                    + " JOIN plan_version v ON v.id = p.plan_id"
                    + " JOIN session_log s ON s.id = p.session_id";
    private final Handle handle;

    PlanSessions(Handle handle) {
        this.handle = handle;
    }

    /**
     * Keeps what the person reported of a stored session that followed plan version {@code planId}.
     */
    public void save(long personId, long sessionId, long planId, SessionReport report) {
        handle.jdbc(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO plan_session (session_id, person_id, plan_id, pain_during, pain_after)"
                                            + " VALUES (?, ?, ?, ?, ?)")) {
                        insert.setLong(1, sessionId);
                        insert.setLong(2, personId);
                        insert.setLong(3, planId);
                        insert.setInt(4, report.painDuring().points());
                        insert.setInt(5, report.painAfter().points());
                        insert.executeUpdate();
                    }
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO session_exercise (session_id, position, exercise_id, effort)"
                                            + " VALUES (?, ?, ?, ?)")) {
                        int position = 0;
                        for (Map.Entry<String, Effort> effort : report.efforts().entrySet()) {
                            insert.setLong(1, sessionId);
                            insert.setInt(2, position++);
                            insert.setString(3, effort.getKey());
                            insert.setString(4, effort.getValue().code());
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                    return null;
                });
    }

    /** The person's plan sessions not yet reviewed, oldest first. */
    public List<PlanSession> unreviewed(long personId) {
        return query(
                SELECT
                        + " WHERE p.person_id = ? AND p.reviewed_at IS NULL ORDER BY s.ended_at, p.session_id",
                personId);
    }

    /** Every plan session of the person, oldest first. */
    public List<PlanSession> all(long personId) {
        return query(SELECT + " WHERE p.person_id = ? ORDER BY s.ended_at, p.session_id", personId);
    }

    /** Marks a session reviewed. */
    public void reviewed(long sessionId, Instant at) {
        handle.jdbc(
                connection -> {
                    try (PreparedStatement update =
                            connection.prepareStatement(
                                    "UPDATE plan_session SET reviewed_at = ? WHERE session_id = ?")) {
                        update.setTimestamp(1, Timestamp.from(at));
                        update.setLong(2, sessionId);
                        update.executeUpdate();
                    }
                    return null;
                });
    }

    private List<PlanSession> query(String sql, long personId) {
        return handle.jdbc(
                connection -> {
                    List<PlanSession> found = new ArrayList<>();
                    try (PreparedStatement select = connection.prepareStatement(sql);
                            PreparedStatement efforts =
                                    connection.prepareStatement(
                                            "SELECT exercise_id, effort FROM session_exercise"
                                                    + " WHERE session_id = ? ORDER BY position")) {
                        select.setLong(1, personId);
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                long sessionId = rows.getLong("session_id");
                                Timestamp reviewed = rows.getTimestamp("reviewed_at");
                                found.add(
                                        new PlanSession(
                                                sessionId,
                                                rows.getLong("person_id"),
                                                rows.getLong("plan_id"),
                                                rows.getInt("version"),
                                                rows.getTimestamp("ended_at").toInstant(),
                                                new Pain(rows.getInt("pain_before")),
                                                new SessionReport(
                                                        new Pain(rows.getInt("pain_during")),
                                                        new Pain(rows.getInt("pain_after")),
                                                        efforts(efforts, sessionId)),
                                                Optional.ofNullable(reviewed)
                                                        .map(Timestamp::toInstant)));
                            }
                        }
                    }
                    return found;
                });
    }

    private static Map<String, Effort> efforts(PreparedStatement select, long sessionId)
            throws SQLException {
        select.setLong(1, sessionId);
        Map<String, Effort> efforts = new LinkedHashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String code = rows.getString("effort");
                efforts.put(
                        rows.getString("exercise_id"),
                        Coded.fromCode(Effort.class, code)
                                .orElseThrow(
                                        () ->
                                                new IllegalStateException(
                                                        "stored effort not known: " + code)));
            }
        }
        return efforts;
    }
}
