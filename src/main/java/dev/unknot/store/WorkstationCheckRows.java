package dev.unknot.store;

import dev.unknot.workstation.Answers;
import dev.unknot.workstation.StoredCheck;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code workstation_checks} table: each workstation check a person took, oldest first. */
public final class WorkstationCheckRows {
    private static final String COLUMNS = "id, taken_at, answers, score";

    private final Handle handle;

    WorkstationCheckRows(Handle handle) {
        this.handle = handle;
    }

    /** Stores a check; returns it with its id. */
    public StoredCheck save(long personId, Instant takenAt, Answers answers, int score) {
        long id =
                Statements.insert(
                        handle,
                        "INSERT INTO workstation_checks (person_id, taken_at, answers, score)"
                                + " VALUES (?, ?, ?, ?)",
                        personId,
                        takenAt,
                        answers.format(),
                        score);
        return new StoredCheck(id, takenAt, answers, score);
    }

    /** Every check of a person, oldest first. */
    public List<StoredCheck> all(long personId) {
        return Statements.list(
                handle,
                "SELECT "
                        + COLUMNS
                        + " FROM workstation_checks WHERE person_id = ?"
                        + " ORDER BY taken_at, id",
                WorkstationCheckRows::read,
                personId);
    }

    /** The latest check of a person. */
    public Optional<StoredCheck> latest(long personId) {
        List<StoredCheck> all = all(personId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Whether the person has a check taken at exactly {@code takenAt} (import is by time). */
    public boolean takenAt(long personId, Instant takenAt) {
        return Statements.one(
                        handle,
                        "SELECT id FROM workstation_checks WHERE person_id = ? AND taken_at = ?",
                        rows -> rows.getLong("id"),
                        personId,
                        takenAt)
                .isPresent();
    }

    private static StoredCheck read(ResultSet rows) throws SQLException {
        return new StoredCheck(
                rows.getLong("id"),
                Statements.instant(rows, "taken_at"),
                Answers.parse(rows.getString("answers"), "answers"),
                rows.getInt("score"));
    }
}
