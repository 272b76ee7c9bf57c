package dev.unknot.store;

import dev.unknot.person.Person;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@code person} table: profiles by name. */
public final class People {
    private final Handle handle;

    People(Handle handle) {
        this.handle = handle;
    }

    public Optional<Person> find(String name) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT id, name, created_at FROM person WHERE name = ?")) {
                        select.setString(1, name);
                        try (ResultSet rows = select.executeQuery()) {
                            return rows.next() ? Optional.of(map(rows)) : Optional.empty();
                        }
                    }
                });
    }

    /** The person with this id. */
    public Optional<Person> byId(long id) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT id, name, created_at FROM person WHERE id = ?")) {
                        select.setLong(1, id);
                        try (ResultSet rows = select.executeQuery()) {
                            return rows.next() ? Optional.of(map(rows)) : Optional.empty();
                        }
                    }
                });
    }

    /** The person named {@code name}, created at {@code at} if there is none yet. */
    public Person findOrCreate(String name, Instant at) {
        Optional<Person> existing = find(Person.checkName(name));
        if (existing.isPresent()) {
            return existing.get();
        }
        return handle.jdbc(
                connection -> {
                    Timestamp now = Timestamp.from(at);
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO person (name, created_at) VALUES (?, ?)",
                                    Statement.RETURN_GENERATED_KEYS)) {
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

    /**
     * Holds the person's row until the transaction ends, so writes that first read what is stored
     * (an import that skips what is already there) run one after another for one person.
     */
    public void lock(long personId) {
        handle.jdbc(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT id FROM person WHERE id = ? FOR UPDATE")) {
                        select.setLong(1, personId);
                        try (ResultSet row = select.executeQuery()) {
                            return row.next();
                        }
                    }
                });
    }

    /** Deletes a person and, through the foreign keys, everything stored for them. */
    public boolean delete(long personId) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement delete =
                            connection.prepareStatement("DELETE FROM person WHERE id = ?")) {
                        delete.setLong(1, personId);
                        return delete.executeUpdate() == 1;
                    }
                });
    }

    private static Person map(ResultSet rows) throws SQLException {
        return new Person(
                rows.getLong("id"),
                rows.getString("name"),
                rows.getTimestamp("created_at").toInstant());
    }
}
