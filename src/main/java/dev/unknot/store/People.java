package dev.unknot.store;

import dev.unknot.intake.InvalidInputException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code person} table: profiles by name. */
public final class People {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    private final Clock clock;

    public People(Clock clock) {
        this.clock = clock;
    }

    /** Checks a profile name: letters, digits, dot, dash, underscore or @, up to 100 characters. */
    public static String checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException("profile",
                    "must be 1-100 letters, digits, '.', '_', '-' or '@', starting with a letter or digit, was '" + name + "'");
        }
        return name;
    }

    public Optional<Person> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, created_at FROM person WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        }
    }

    public Person findOrCreate(Connection connection, String name) throws SQLException {
        Optional<Person> existing = find(connection, checkName(name));
        if (existing.isPresent()) {
            return existing.get();
        }
        Timestamp now = Timestamp.from(clock.instant());
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
    }

    /** Deletes a person and, through the foreign keys, everything stored for them. */
    public boolean delete(Connection connection, long personId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM person WHERE id = ?")) {
            delete.setLong(1, personId);
            return delete.executeUpdate() == 1;
        }
    }

    private static Person map(ResultSet rows) throws SQLException {
        return new Person(rows.getLong("id"), rows.getString("name"), rows.getTimestamp("created_at").toInstant());
    }
}
