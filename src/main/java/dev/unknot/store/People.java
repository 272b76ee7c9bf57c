package dev.unknot.store;

import dev.unknot.intake.InvalidInputException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code person} table: profiles by name. */
public final class People {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    private final Handle handle;

    People(Handle handle) {
        this.handle = handle;
    }

    /** Checks a profile name: letters, digits, dot, dash, underscore or @, up to 100 characters. */
    public static String checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException("profile",
                    "must be 1-100 letters, digits, '.', '_', '-' or '@', starting with a letter or digit, was '" + name + "'");
        }
        return name;
    }

    public Optional<Person> find(String name) {
        return handle.jdbc(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, name, created_at FROM person WHERE name = ?")) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(map(rows)) : Optional.empty();
                }
            }
        });
    }

    /** The person named {@code name}, created at {@code at} if there is none yet. */
    public Person findOrCreate(String name, Instant at) {
        Optional<Person> existing = find(checkName(name));
        if (existing.isPresent()) {
            return existing.get();
        }
        return handle.jdbc(connection -> {
            Timestamp now = Timestamp.from(at);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO person (name, created_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, name);
                insert.setTimestamp(2, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return new Person(keys.getLong(1), name, now.toInstant());
                }
            }
        });
    }

    /** Deletes a person and, through the foreign keys, everything stored for them. */
    public boolean delete(long personId) {
        return handle.jdbc(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM person WHERE id = ?")) {
                delete.setLong(1, personId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static Person map(ResultSet rows) throws SQLException {
        return new Person(rows.getLong("id"), rows.getString("name"), rows.getTimestamp("created_at").toInstant());
    }
}
