package dev.unknot.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One statement with its parameters bound by type (an {@link Instant} as a timestamp, a {@link
 * LocalDate} as a date), for the repositories of the clinician's side.
 */
final class Statements {
    private Statements() {}

    /** Reads one row of a result into a value. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    static <T> List<T> list(Handle handle, String sql, Row<T> row, Object... parameters) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement select = connection.prepareStatement(sql)) {
                        bind(select, parameters);
                        List<T> found = new ArrayList<>();
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                found.add(row.read(rows));
                            }
                        }
                        return found;
                    }
                });
    }

    static <T> Optional<T> one(Handle handle, String sql, Row<T> row, Object... parameters) {
        List<T> found = list(handle, sql, row, parameters);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static int update(Handle handle, String sql, Object... parameters) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement update = connection.prepareStatement(sql)) {
                        bind(update, parameters);
                        return update.executeUpdate();
                    }
                });
    }

    /** Inserts one row and returns its generated id. */
    static long insert(Handle handle, String sql, Object... parameters) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                        bind(insert, parameters);
                        insert.executeUpdate();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            return keys.getLong(1);
                        }
                    }
                });
    }

    static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getTimestamp(column).toInstant();
    }

    static Optional<Instant> maybeInstant(ResultSet rows, String column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? Optional.empty() : Optional.of(value.toInstant());
    }

    private static void bind(PreparedStatement statement, Object... parameters)
            throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (parameter instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else if (parameter instanceof Enum<?> value) {
                statement.setString(i + 1, value.name());
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
    }
}
