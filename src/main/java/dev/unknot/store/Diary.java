package dev.unknot.store;

import dev.unknot.diary.Activity;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.NewEntry;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.IntakeJsonWriter;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code diary_entry} table: a person's pain diary. */
public final class Diary {
    private static final String COLUMNS =
            "id, entry_date, recorded_at, pain, activities, note, safety_json, session_id, changed_at";
    private final IntakeJsonWriter writer = new IntakeJsonWriter();
    private final IntakeJson reader = new IntakeJson();
    private final Handle handle;

    Diary(Handle handle) {
        this.handle = handle;
    }

    /** Adds an entry; it is durable once the surrounding transaction commits. */
    public DiaryEntry append(
            long personId, NewEntry entry, Instant recordedAt, Optional<Long> sessionId) {
        String safety = entry.safety().isEmpty() ? "" : writer.write(entry.safety());
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO diary_entry (person_id, entry_date, recorded_at, pain, activities, note, safety_json, session_id)"
                                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                    Statement.RETURN_GENERATED_KEYS)) {
                        insert.setLong(1, personId);
                        insert.setDate(2, Date.valueOf(entry.date()));
                        insert.setTimestamp(3, Timestamp.from(recordedAt));
                        insert.setInt(4, entry.pain().points());
                        insert.setString(5, Codes.join(entry.activities()));
                        insert.setString(6, entry.note());
                        insert.setString(7, safety);
                        if (sessionId.isPresent()) {
                            insert.setLong(8, sessionId.get());
                        } else {
                            insert.setNull(8, Types.BIGINT);
                        }
                        insert.executeUpdate();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            return new DiaryEntry(
                                    keys.getLong(1),
                                    entry.date(),
                                    recordedAt,
                                    entry.pain(),
                                    entry.activities(),
                                    entry.note(),
                                    entry.safety(),
                                    sessionId);
                        }
                    }
                });
    }

    /**
     * Replaces what an entry of this person's says (date, pain, activities, note, safety answers),
     * keeping its id, when it was recorded and its session, and noting when it was changed; empty
     * when there is no such entry of this person's. Durable once the transaction commits; a failed
     * transaction leaves the entry as it was.
     */
    public Optional<DiaryEntry> update(
            long personId, long entryId, NewEntry entry, Instant changedAt) {
        String safety = entry.safety().isEmpty() ? "" : writer.write(entry.safety());
        int updated =
                handle.jdbc(
                        connection -> {
                            try (PreparedStatement update =
                                    connection.prepareStatement(
                                            "UPDATE diary_entry SET entry_date = ?, pain = ?, activities = ?, note = ?,"
                                                    + " safety_json = ?, changed_at = ? WHERE person_id = ? AND id = ?")) {
                                update.setDate(1, Date.valueOf(entry.date()));
                                update.setInt(2, entry.pain().points());
                                update.setString(3, Codes.join(entry.activities()));
                                update.setString(4, entry.note());
                                update.setString(5, safety);
                                update.setTimestamp(6, Timestamp.from(changedAt));
                                update.setLong(7, personId);
                                update.setLong(8, entryId);
                                return update.executeUpdate();
                            }
                        });
        return updated == 0 ? Optional.empty() : find(personId, entryId);
    }

    /** Deletes an entry of this person's; false when there is no such entry of theirs. */
    public boolean delete(long personId, long entryId) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement delete =
                            connection.prepareStatement(
                                    "DELETE FROM diary_entry WHERE person_id = ? AND id = ?")) {
                        delete.setLong(1, personId);
                        delete.setLong(2, entryId);
                        return delete.executeUpdate() > 0;
                    }
                });
    }

    /**
     * Adds many entries at once (JDBC batches), e.g. for an import; durable when the transaction
     * commits.
     */
    public void appendAll(long personId, List<DiaryEntry> entries) {
        handle.jdbc(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO diary_entry (person_id, entry_date, recorded_at, pain, activities, note, safety_json, session_id)"
                                            + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL)")) {
                        int pending = 0;
                        for (DiaryEntry entry : entries) {
                            insert.setLong(1, personId);
                            insert.setDate(2, Date.valueOf(entry.date()));
                            insert.setTimestamp(3, Timestamp.from(entry.recordedAt()));
                            insert.setInt(4, entry.pain().points());
                            insert.setString(5, Codes.join(entry.activities()));
                            insert.setString(6, entry.note());
                            insert.setString(
                                    7,
                                    entry.safety().isEmpty() ? "" : writer.write(entry.safety()));
                            insert.addBatch();
                            if (++pending == 1000) {
                                insert.executeBatch();
                                pending = 0;
                            }
                        }
                        if (pending > 0) {
                            insert.executeBatch();
                        }
                    }
                    return null;
                });
    }

    /** Every entry, oldest first. */
    public List<DiaryEntry> all(long personId) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT "
                                            + COLUMNS
                                            + " FROM diary_entry WHERE person_id = ? ORDER BY entry_date, recorded_at, id")) {
                        select.setLong(1, personId);
                        return read(select);
                    }
                });
    }

    /** The entries from {@code from} on, oldest first. */
    public List<DiaryEntry> since(long personId, LocalDate from) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT "
                                            + COLUMNS
                                            + " FROM diary_entry WHERE person_id = ? AND entry_date >= ? ORDER BY entry_date, recorded_at, id")) {
                        select.setLong(1, personId);
                        select.setDate(2, Date.valueOf(from));
                        return read(select);
                    }
                });
    }

    /** One entry, only if it is this person's: another person's id reads as absent. */
    public Optional<DiaryEntry> find(long personId, long entryId) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT "
                                            + COLUMNS
                                            + " FROM diary_entry WHERE person_id = ? AND id = ?")) {
                        select.setLong(1, personId);
                        select.setLong(2, entryId);
                        return first(read(select));
                    }
                });
    }

    /** The first entry by date. */
    public Optional<DiaryEntry> first(long personId) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT "
                                            + COLUMNS
                                            + " FROM diary_entry WHERE person_id = ? ORDER BY entry_date, recorded_at, id FETCH FIRST 1 ROWS ONLY")) {
                        select.setLong(1, personId);
                        return first(read(select));
                    }
                });
    }

    public int count(long personId) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT COUNT(*) FROM diary_entry WHERE person_id = ?")) {
                        select.setLong(1, personId);
                        try (ResultSet rows = select.executeQuery()) {
                            rows.next();
                            return rows.getInt(1);
                        }
                    }
                });
    }

    private static Optional<DiaryEntry> first(List<DiaryEntry> entries) {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
    }

    private List<DiaryEntry> read(PreparedStatement select) throws SQLException {
        List<DiaryEntry> entries = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long session = rows.getLong("session_id");
                Optional<Long> sessionId = rows.wasNull() ? Optional.empty() : Optional.of(session);
                Timestamp changed = rows.getTimestamp("changed_at");
                entries.add(
                        new DiaryEntry(
                                rows.getLong("id"),
                                rows.getDate("entry_date").toLocalDate(),
                                rows.getTimestamp("recorded_at").toInstant(),
                                new Pain(rows.getInt("pain")),
                                Codes.split(Activity.class, rows.getString("activities")),
                                rows.getString("note"),
                                safety(rows.getString("safety_json")),
                                sessionId,
                                Optional.ofNullable(changed).map(Timestamp::toInstant)));
            }
        }
        return entries;
    }

    private Map<Question, Object> safety(String json) {
        return json.isEmpty() ? new EnumMap<>(Question.class) : reader.read(json).answers();
    }
}
