package dev.unknot.store;

import dev.unknot.exercise.PlanSuggestion;
import dev.unknot.intake.Coded;
import dev.unknot.knowledge.Prescription;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code plan_suggestion} table: what the progression rules suggested after each session. */
public final class Suggestions {
    private static final String COLUMNS =
            "id, person_id, session_id, plan_id, exercise_id, next_exercise_id, kind, reason, "
                    + String.join(", ", Doses.COLUMNS)
                    + ", status, created_at, decided_at, result_version";
    private final Handle handle;

    Suggestions(Handle handle) {
        this.handle = handle;
    }

    /** Stores a new suggestion (its id, decision and result ignored) and returns it as stored. */
    public PlanSuggestion add(PlanSuggestion suggestion) {
        long id =
                handle.jdbc(
                        connection -> {
                            try (PreparedStatement insert =
                                    connection.prepareStatement(
                                            "INSERT INTO plan_suggestion (person_id, session_id, plan_id, exercise_id, next_exercise_id, kind, reason, "
                                                    + String.join(", ", Doses.COLUMNS)
                                                    + ", status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                            Statement.RETURN_GENERATED_KEYS)) {
                                insert.setLong(1, suggestion.personId());
                                insert.setLong(2, suggestion.sessionId());
                                insert.setLong(3, suggestion.planId());
                                insert.setString(4, suggestion.exerciseId());
                                insert.setString(5, suggestion.nextExerciseId());
                                insert.setString(6, suggestion.kind().code());
                                insert.setString(7, suggestion.reason());
                                if (suggestion.dose().isPresent()) {
                                    Doses.bind(insert, 8, suggestion.dose().get());
                                } else {
                                    Doses.bindNone(insert, 8);
                                }
                                insert.setString(16, suggestion.status().code());
                                insert.setTimestamp(17, Timestamp.from(suggestion.createdAt()));
                                insert.executeUpdate();
                                try (ResultSet keys = insert.getGeneratedKeys()) {
                                    keys.next();
                                    return keys.getLong(1);
                                }
                            }
                        });
        return new PlanSuggestion(
                id,
                suggestion.personId(),
                suggestion.sessionId(),
                suggestion.planId(),
                suggestion.exerciseId(),
                suggestion.nextExerciseId(),
                suggestion.kind(),
                suggestion.reason(),
                suggestion.dose(),
                suggestion.status(),
                suggestion.createdAt(),
                Optional.empty(),
                Optional.empty());
    }

    /** Records what became of a suggestion; false when it is not this person's or not pending. */
    public boolean decide(
            long personId,
            long id,
            PlanSuggestion.Status status,
            Instant at,
            Optional<Integer> resultVersion) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement update =
                            connection.prepareStatement(
                                    "UPDATE plan_suggestion SET status = ?, decided_at = ?, result_version = ?"
                                            + " WHERE person_id = ? AND id = ? AND status = ?")) {
                        update.setString(1, status.code());
                        update.setTimestamp(2, Timestamp.from(at));
                        if (resultVersion.isPresent()) {
                            update.setInt(3, resultVersion.get());
                        } else {
                            update.setNull(3, Types.INTEGER);
                        }
                        update.setLong(4, personId);
                        update.setLong(5, id);
                        update.setString(6, PlanSuggestion.Status.PENDING.code());
                        return update.executeUpdate() == 1;
                    }
                });
    }

    /** Records the version an applied suggestion led to. */
    public void markApplied(long personId, long id, int version) {
        handle.jdbc(
                connection -> {
                    try (PreparedStatement update =
                            connection.prepareStatement(
                                    "UPDATE plan_suggestion SET result_version = ?, decided_at = created_at"
                                            + " WHERE person_id = ? AND id = ?")) {
                        update.setInt(1, version);
                        update.setLong(2, personId);
                        update.setLong(3, id);
                        return update.executeUpdate();
                    }
                });
    }

    /** Every suggestion for the person, newest first. */
    public List<PlanSuggestion> all(long personId) {
        return query(
                "SELECT "
                        + COLUMNS
                        + " FROM plan_suggestion WHERE person_id = ? ORDER BY created_at DESC, id DESC",
                personId);
    }

    /** One suggestion, only if it is this person's. */
    public Optional<PlanSuggestion> find(long personId, long id) {
        return all(personId).stream().filter(found -> found.id() == id).findFirst();
    }

    private List<PlanSuggestion> query(String sql, long personId) {
        return handle.jdbc(
                connection -> {
                    List<PlanSuggestion> found = new ArrayList<>();
                    try (PreparedStatement select = connection.prepareStatement(sql)) {
                        select.setLong(1, personId);
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                found.add(map(rows));
                            }
                        }
                    }
                    return found;
                });
    }

    private static PlanSuggestion map(ResultSet rows) throws SQLException {
        String kind = rows.getString("kind");
        String status = rows.getString("status");
        Optional<Prescription> dose = Doses.readOptional(rows);
        Timestamp decided = rows.getTimestamp("decided_at");
        int result = rows.getInt("result_version");
        Optional<Integer> resultVersion = rows.wasNull() ? Optional.empty() : Optional.of(result);
        return new PlanSuggestion(
                rows.getLong("id"),
                rows.getLong("person_id"),
                rows.getLong("session_id"),
                rows.getLong("plan_id"),
                rows.getString("exercise_id"),
                rows.getString("next_exercise_id"),
                Coded.fromCode(PlanSuggestion.Kind.class, kind)
                        .orElseThrow(
                                () -> new IllegalStateException("stored kind not known: " + kind)),
                rows.getString("reason"),
                dose,
                Coded.fromCode(PlanSuggestion.Status.class, status)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "stored status not known: " + status)),
                rows.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(decided).map(Timestamp::toInstant),
                resultVersion);
    }
}
