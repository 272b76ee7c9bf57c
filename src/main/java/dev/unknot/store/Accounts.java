package dev.unknot.store;

import dev.unknot.person.Person;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code account} and {@code sign_in} tables: who may sign in, their password hash, and their
 * open sign-ins, kept only as hashes of the cookie tokens.
 */
public final class Accounts {
    private final Handle handle;

    Accounts(Handle handle) {
        this.handle = handle;
    }

    /**
     * An account as stored: the id and name of its own profile, the user name it signs in with, and
     * the hash its password is checked against, and its role as stored ({@code PERSON} or {@code
     * CLINICIAN}).
     */
    public record Stored(
            long personId, String profile, String username, String passwordHash, String role) {
        /** A person's own account. */
        public Stored(long personId, String profile, String username, String passwordHash) {
            this(personId, profile, username, passwordHash, PERSON);
        }
    }

    /** The role every account signed up for itself has. */
    public static final String PERSON = "PERSON";

    public void create(Person person, String username, String passwordHash, Instant at) {
        create(person, username, passwordHash, PERSON, at);
    }

    /** An account with the given role (an administrator's command makes clinicians). */
    public void create(
            Person person, String username, String passwordHash, String role, Instant at) {
        handle.jdbc(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO account (person_id, username, password_hash, created_at, role) VALUES (?, ?, ?, ?, ?)")) {
                        insert.setLong(1, person.id());
                        insert.setString(2, username);
                        insert.setString(3, passwordHash);
                        insert.setTimestamp(4, Timestamp.from(at));
                        insert.setString(5, role);
                        return insert.executeUpdate();
                    }
                });
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    public Optional<Stored> find(String username) {
        return one(
                "SELECT a.person_id, p.name, a.username, a.password_hash, a.role FROM account a"
                        + " JOIN person p ON p.id = a.person_id WHERE a.username = ?",
                username);
    }

    public Optional<Stored> find(long personId) {
        return one(
                "SELECT a.person_id, p.name, a.username, a.password_hash, a.role FROM account a"
                        + " JOIN person p ON p.id = a.person_id WHERE a.person_id = ?",
                personId);
    }

    public void openSignIn(String tokenHash, long personId, Instant at, Instant expires) {
        handle.jdbc(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO sign_in (token_hash, person_id, created_at, expires_at) VALUES (?, ?, ?, ?)")) {
                        insert.setString(1, tokenHash);
                        insert.setLong(2, personId);
                        insert.setTimestamp(3, Timestamp.from(at));
                        insert.setTimestamp(4, Timestamp.from(expires));
                        return insert.executeUpdate();
                    }
                });
    }

    /** The account signed in with this token hash, if the sign-in has not expired. */
    public Optional<Stored> signedIn(String tokenHash, Instant now) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT a.person_id, p.name, a.username,"
                                            + " a.password_hash, a.role FROM sign_in s JOIN account a ON a.person_id = s.person_id"
                                            + " JOIN person p ON p.id = s.person_id WHERE s.token_hash = ? AND s.expires_at > ?")) {
                        select.setString(1, tokenHash);
                        select.setTimestamp(2, Timestamp.from(now));
                        return one(select);
                    }
                });
    }

    public void closeSignIn(String tokenHash) {
        handle.jdbc(
                connection -> {
                    try (PreparedStatement delete =
                            connection.prepareStatement(
                                    "DELETE FROM sign_in WHERE token_hash = ?")) {
                        delete.setString(1, tokenHash);
                        return delete.executeUpdate();
                    }
                });
    }

    /** Forgets sign-ins that have expired; returns how many. */
    public int closeExpired(Instant now) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement delete =
                            connection.prepareStatement(
                                    "DELETE FROM sign_in WHERE expires_at <= ?")) {
                        delete.setTimestamp(1, Timestamp.from(now));
                        return delete.executeUpdate();
                    }
                });
    }

    private Optional<Stored> one(String sql, Object key) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement select = connection.prepareStatement(sql)) {
                        select.setObject(1, key);
                        return one(select);
                    }
                });
    }

    private static Optional<Stored> one(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return rows.next()
                    ? Optional.of(
                            new Stored(
                                    rows.getLong(1),
                                    rows.getString(2),
                                    rows.getString(3),
                                    rows.getString(4),
                                    rows.getString(5)))
                    : Optional.empty();
        }
    }
}
