package dev.unknot.store;

import dev.unknot.intake.Coded;
import dev.unknot.intake.Pain;
import dev.unknot.session.SessionLog;
import dev.unknot.session.StepResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code session_log} and {@code session_step} tables: guided sessions a person has done. */
public final class Sessions {
    private static final String COLUMNS =
            "id, started_at, ended_at, pain_before, pain_after, finished";
    private final Handle handle;

    Sessions(Handle handle) {
        this.handle = handle;
    }

    /** Stores a session and its steps; returns its id. */
    public long save(long personId, SessionLog session) {
        return handle.jdbc(
                connection -> {
                    long id = insertSession(connection, personId, session);
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO session_step (session_id, position, step_id, name, outcome, seconds) VALUES (?, ?, ?, ?, ?, ?)")) {
                        int position = 0;
                        for (SessionLog.StepLog step : session.steps()) {
                            insert.setLong(1, id);
                            insert.setInt(2, position++);
                            insert.setString(3, step.stepId());
                            insert.setString(4, step.name());
                            insert.setString(5, step.outcome().code());
                            insert.setInt(6, step.seconds());
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                    return id;
                });
    }

    private static long insertSession(Connection connection, long personId, SessionLog session)
            throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO session_log"
                                + " (person_id, started_at, ended_at, pain_before, pain_after, finished) VALUES (?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, personId);
            insert.setTimestamp(2, Timestamp.from(session.startedAt()));
            insert.setTimestamp(3, Timestamp.from(session.endedAt()));
            insert.setInt(4, session.painBefore().points());
            if (session.painAfter().isPresent()) {
                insert.setInt(5, session.painAfter().get().points());
            } else {
                insert.setNull(5, Types.SMALLINT);
            }
            insert.setBoolean(6, session.finished());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Every session of a person, oldest first, with its steps in order. */
    public List<SessionLog> all(long personId) {
        return query(
                "SELECT "
                        + COLUMNS
                        + " FROM session_log WHERE person_id = ? ORDER BY started_at, id",
                personId,
                Optional.empty());
    }

    /** One session, only if it is this person's: another person's id reads as absent. */
    public Optional<SessionLog> find(long personId, long sessionId) {
        List<SessionLog> found =
                query(
                        "SELECT " + COLUMNS + " FROM session_log WHERE person_id = ? AND id = ?",
                        personId,
                        Optional.of(sessionId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<SessionLog> query(String sql, long personId, Optional<Long> sessionId) {
        return handle.jdbc(
                connection -> {
                    List<SessionLog> sessions = new ArrayList<>();
                    try (PreparedStatement select = connection.prepareStatement(sql)) {
                        select.setLong(1, personId);
                        if (sessionId.isPresent()) {
                            select.setLong(2, sessionId.get());
                        }
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                int after = rows.getInt("pain_after");
                                Optional<Pain> painAfter =
                                        rows.wasNull()
                                                ? Optional.empty()
                                                : Optional.of(new Pain(after));
                                sessions.add(
                                        new SessionLog(
                                                rows.getLong("id"),
                                                rows.getTimestamp("started_at").toInstant(),
                                                rows.getTimestamp("ended_at").toInstant(),
                                                new Pain(rows.getInt("pain_before")),
                                                painAfter,
                                                rows.getBoolean("finished"),
                                                List.of()));
                            }
                        }
                    }
                    List<SessionLog> withSteps = new ArrayList<>();
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT step_id, name, outcome, seconds"
                                            + " FROM session_step WHERE session_id = ? ORDER BY position")) {
                        for (SessionLog session : sessions) {
                            select.setLong(1, session.id());
                            withSteps.add(
                                    new SessionLog(
                                            session.id(),
                                            session.startedAt(),
                                            session.endedAt(),
                                            session.painBefore(),
                                            session.painAfter(),
                                            session.finished(),
                                            steps(select)));
                        }
                    }
                    return withSteps;
                });
    }

    private static List<SessionLog.StepLog> steps(PreparedStatement select) throws SQLException {
        List<SessionLog.StepLog> steps = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                steps.add(
                        new SessionLog.StepLog(
                                rows.getString("step_id"),
                                rows.getString("name"),
                                outcome(rows.getString("outcome")),
                                rows.getInt("seconds")));
            }
        }
        return steps;
    }

    private static StepResult outcome(String code) {
        return Coded.fromCode(StepResult.class, code)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "stored step outcome not known to StepResult: " + code));
    }
}
