package dev.unknot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code authenticator} and {@code recovery_code} tables: each account's TOTP secret (in use
 * once confirmed), the newest time step a code was accepted for, and its recovery codes as hashes.
 */
public final class Authenticators {
    private final Handle handle;

    Authenticators(Handle handle) {
        this.handle = handle;
    }

    /** A stored secret: Base32, whether it is confirmed (in use), and the newest step used. */
    public record Stored(String secret, boolean confirmed, long lastStep) {
        @Override
        public String toString() {
            return "Stored[confirmed=" + confirmed + ", lastStep=" + lastStep + "]";
        }
    }

    public Optional<Stored> find(long personId) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT secret, confirmed_at, last_step FROM authenticator WHERE person_id = ?")) {
                        select.setLong(1, personId);
                        try (ResultSet rows = select.executeQuery()) {
                            return rows.next()
                                    ? Optional.of(
                                            new Stored(
                                                    rows.getString(1),
                                                    rows.getTimestamp(2) != null,
                                                    rows.getLong(3)))
                                    : Optional.empty();
                        }
                    }
                });
    }

    /** Starts over with a new, unconfirmed secret, forgetting any earlier one and its codes. */
    public void begin(long personId, String secret, Instant at) {
        remove(personId);
        handle.jdbc(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO authenticator (person_id, secret, created_at, last_step) VALUES (?, ?, ?, -1)")) {
                        insert.setLong(1, personId);
                        insert.setString(2, secret);
                        insert.setTimestamp(3, Timestamp.from(at));
                        return insert.executeUpdate();
                    }
                });
    }

    /**
     * Records that the code of {@code step} was used, if no code of that step or a later one was:
     * returns whether it was (false: a replay). Confirms an unconfirmed secret on the way.
     */
    public boolean useStep(long personId, long step, Instant at) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement update =
                            connection.prepareStatement(
                                    "UPDATE authenticator SET last_step = ?, confirmed_at = COALESCE(confirmed_at, ?)"
                                            + " WHERE person_id = ? AND last_step < ?")) {
                        update.setLong(1, step);
                        update.setTimestamp(2, Timestamp.from(at));
                        update.setLong(3, personId);
                        update.setLong(4, step);
                        return update.executeUpdate() == 1;
                    }
                });
    }

    /** Replaces the recovery codes with these hashes. */
    public void replaceRecoveryCodes(long personId, List<String> hashes) {
        handle.jdbc(
                connection -> {
                    try (PreparedStatement delete =
                            connection.prepareStatement(
                                    "DELETE FROM recovery_code WHERE person_id = ?")) {
                        delete.setLong(1, personId);
                        delete.executeUpdate();
                    }
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO recovery_code (person_id, code_hash) VALUES (?, ?)")) {
                        for (String hash : hashes) {
                            insert.setLong(1, personId);
                            insert.setString(2, hash);
                            insert.addBatch();
                        }
                        return insert.executeBatch().length;
                    }
                });
    }

    /** Spends the recovery code with this hash if it is unused; returns whether it was. */
    public boolean useRecoveryCode(long personId, String hash, Instant at) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement update =
                            connection.prepareStatement(
                                    "UPDATE recovery_code SET used_at = ? WHERE person_id = ? AND code_hash = ? AND used_at IS NULL")) {
                        update.setTimestamp(1, Timestamp.from(at));
                        update.setLong(2, personId);
                        update.setString(3, hash);
                        return update.executeUpdate() == 1;
                    }
                });
    }

    /** How many recovery codes are left unused. */
    public int recoveryCodesLeft(long personId) {
        return handle.jdbc(
                connection -> {
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT COUNT(*) FROM recovery_code WHERE person_id = ? AND used_at IS NULL")) {
                        select.setLong(1, personId);
                        try (ResultSet rows = select.executeQuery()) {
                            rows.next();
                            return rows.getInt(1);
                        }
                    }
                });
    }

    /** Forgets the secret and the recovery codes. */
    public void remove(long personId) {
        handle.jdbc(
                connection -> {
                    try (PreparedStatement codes =
                                    connection.prepareStatement(
                                            "DELETE FROM recovery_code WHERE person_id = ?");
                            PreparedStatement secret =
                                    connection.prepareStatement(
                                            "DELETE FROM authenticator WHERE person_id = ?")) {
                        codes.setLong(1, personId);
                        codes.executeUpdate();
                        secret.setLong(1, personId);
                        return secret.executeUpdate();
                    }
                });
    }
}
