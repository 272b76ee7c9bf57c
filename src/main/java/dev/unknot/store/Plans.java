package dev.unknot.store;

import dev.unknot.exercise.Author;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.ItemSide;
import dev.unknot.exercise.PlanItem;
import dev.unknot.intake.Coded;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code plan_version} and {@code plan_item} tables: every version of a person's individual
 * plan. Versions are only ever added, never changed.
 */
public final class Plans {
    private static final String COLUMNS =
            "id, person_id, version, author_id, author_name, created_at, reason, note";
    private final Handle handle;

    Plans(Handle handle) {
        this.handle = handle;
    }

    /**
     * Adds the next version of the person's plan (one more than the latest, 1 for the first) and
     * returns it as stored.
     */
    public ExercisePlan add(
            long personId,
            Author author,
            Instant at,
            String reason,
            String note,
            List<PlanItem> items) {
        // the person's row is locked first, so versions saved at once get the next numbers in turn
        handle.people().lock(personId);
        return handle.jdbc(
                connection -> {
                    int version = latestNumber(connection, personId) + 1;
                    long id;
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO plan_version (person_id, version, author_id, author_name, created_at, reason, note)"
                                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                                    Statement.RETURN_GENERATED_KEYS)) {
                        insert.setLong(1, personId);
                        insert.setInt(2, version);
                        if (author.clinicianId().isPresent()) {
                            insert.setLong(3, author.clinicianId().get());
                        } else {
                            insert.setNull(3, Types.BIGINT);
                        }
                        insert.setString(4, author.name());
                        insert.setTimestamp(5, Timestamp.from(at));
                        insert.setString(6, reason);
                        insert.setString(7, note);
                        insert.executeUpdate();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                    }
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO plan_item (plan_id, position, exercise_id, "
                                            + String.join(", ", Doses.COLUMNS)
                                            + ", side, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        int position = 0;
                        for (PlanItem item : items) {
                            insert.setLong(1, id);
                            insert.setInt(2, position++);
                            insert.setString(3, item.exerciseId());
                            Doses.bind(insert, 4, item.dose());
                            insert.setString(12, item.side().code());
                            insert.setString(13, item.notes());
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                    return new ExercisePlan(id, personId, version, author, at, reason, note, items);
                });
    }

    /** The person's current plan: the latest version, if there is any. */
    public Optional<ExercisePlan> current(long personId) {
        List<ExercisePlan> found =
                query(
                        "SELECT "
                                + COLUMNS
                                + " FROM plan_version WHERE person_id = ? ORDER BY version DESC"
                                + " FETCH FIRST 1 ROWS ONLY",
                        personId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every version of the person's plan, newest first. */
    public List<ExercisePlan> history(long personId) {
        return query(
                "SELECT "
                        + COLUMNS
                        + " FROM plan_version WHERE person_id = ? ORDER BY version DESC",
                personId);
    }

    /** One version by its row id, only if it is this person's. */
    public Optional<ExercisePlan> find(long personId, long planId) {
        return history(personId).stream().filter(plan -> plan.id() == planId).findFirst();
    }

    /**
     * The items of the current version of each of these people's plans, in one query; people
     * without a plan are left out.
     */
    public Map<Long, List<PlanItem>> currentItems(Set<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(personIds.size(), "?"));
        return handle.jdbc(
                connection -> {
                    Map<Long, List<PlanItem>> found = new LinkedHashMap<>();
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT v.person_id, i.exercise_id, "
                                            + String.join(
                                                    ", ",
                                                    Doses.COLUMNS.stream()
                                                            .map(column -> "i." + column)
                                                            .toList())
                                            + ", i.side, i.notes FROM plan_version v"
                                            + " JOIN plan_item i ON i.plan_id = v.id"
                                            + " WHERE v.person_id IN ("
                                            + marks
                                            + ") AND v.version = (SELECT MAX(w.version) FROM plan_version w"
                                            + " WHERE w.person_id = v.person_id)"
                                            + " ORDER BY v.person_id, i.position")) {
                        int index = 1;
                        for (long id : personIds) {
                            select.setLong(index++, id);
                        }
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                found.computeIfAbsent(
                                                rows.getLong("person_id"), id -> new ArrayList<>())
                                        .add(item(rows));
                            }
                        }
                    }
                    return found;
                });
    }

    private static int latestNumber(Connection connection, long personId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement(
                        "SELECT MAX(version) FROM plan_version WHERE person_id = ?")) {
            select.setLong(1, personId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private List<ExercisePlan> query(String sql, long personId) {
        return handle.jdbc(
                connection -> {
                    List<ExercisePlan> plans = new ArrayList<>();
                    try (PreparedStatement select = connection.prepareStatement(sql);
                            PreparedStatement items =
                                    connection.prepareStatement(
                                            "SELECT exercise_id, "
                                                    + String.join(", ", Doses.COLUMNS)
                                                    + ", side, notes FROM plan_item WHERE plan_id = ? ORDER BY position")) {
                        select.setLong(1, personId);
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                long id = rows.getLong("id");
                                long authorId = rows.getLong("author_id");
                                Author author =
                                        rows.wasNull()
                                                ? new Author(
                                                        Optional.empty(),
                                                        rows.getString("author_name"))
                                                : Author.clinician(
                                                        authorId, rows.getString("author_name"));
                                plans.add(
                                        new ExercisePlan(
                                                id,
                                                rows.getLong("person_id"),
                                                rows.getInt("version"),
                                                author,
                                                rows.getTimestamp("created_at").toInstant(),
                                                rows.getString("reason"),
                                                rows.getString("note"),
                                                items(items, id)));
                            }
                        }
                    }
                    return plans;
                });
    }

    private static PlanItem item(ResultSet rows) throws SQLException {
        String side = rows.getString("side");
        return new PlanItem(
                rows.getString("exercise_id"),
                Doses.read(rows),
                Coded.fromCode(ItemSide.class, side)
                        .orElseThrow(
                                () -> new IllegalStateException("stored side not known: " + side)),
                rows.getString("notes"));
    }

    private static List<PlanItem> items(PreparedStatement select, long planId) throws SQLException {
        select.setLong(1, planId);
        List<PlanItem> items = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                items.add(item(rows));
            }
        }
        return items;
    }
}
