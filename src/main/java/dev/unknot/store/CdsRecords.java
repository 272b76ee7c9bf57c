package dev.unknot.store;

import dev.unknot.care.EhrFeedback;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The CDS Hooks service's rows: the token ids used ({@code cds_token_use}) and the EHRs' feedback
 * ({@code cds_feedback}).
 */
public final class CdsRecords {
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** One claim in this many also forgets the expired ids. */
    private static final int SWEEP = 100;

    private final Handle handle;

    CdsRecords(Handle handle) {
        this.handle = handle;
    }

    /**
     * Claims a token id of {@code issuer} until {@code expiresAt}; false when it was claimed
     * before. The primary key decides, so of two servers or threads claiming the same id at once
     * exactly one wins; the loser's insert is undone to a savepoint, which keeps a PostgreSQL
     * transaction usable. Ids whose token has expired are forgotten first (an expired token is
     * refused on its {@code exp} anyway), about once in {@link #SWEEP} claims: the table stays
     * small without a delete on every call.
     */
    public boolean claim(String issuer, String jti, Instant expiresAt, Instant now) {
        if (java.util.concurrent.ThreadLocalRandom.current().nextInt(SWEEP) == 0) {
            forgetExpired(now);
        }
        return handle.jdbc(
                connection -> {
                    Savepoint before = connection.setSavepoint();
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO cds_token_use (issuer, jti, expires_at) VALUES (?, ?, ?)")) {
                        insert.setString(1, issuer);
                        insert.setString(2, jti);
                        insert.setTimestamp(3, Timestamp.from(expiresAt));
                        insert.executeUpdate();
                        connection.releaseSavepoint(before);
                        return true;
                    } catch (SQLException e) {
                        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                            connection.rollback(before);
                            return false;
                        }
                        throw e;
                    }
                });
    }

    /** Forgets the token ids whose token expired before {@code now}. */
    public int forgetExpired(Instant now) {
        return Statements.update(handle, "DELETE FROM cds_token_use WHERE expires_at < ?", now);
    }

    public void saveFeedback(EhrFeedback feedback) {
        Statements.insert(
                handle,
                "INSERT INTO cds_feedback (issuer, service, card_uuid, outcome, accepted,"
                        + " override_reason, outcome_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                feedback.issuer(),
                feedback.service(),
                feedback.card(),
                feedback.outcome(),
                feedback.acceptedSuggestions(),
                feedback.overrideReason(),
                feedback.outcomeAt(),
                feedback.receivedAt());
    }

    /** The latest {@code limit} feedback items, newest first. */
    public List<EhrFeedback> recentFeedback(int limit) {
        return Statements.list(
                handle,
                "SELECT issuer, service, card_uuid, outcome, accepted, override_reason, outcome_at,"
                        + " received_at FROM cds_feedback ORDER BY received_at DESC, id DESC"
                        + " FETCH FIRST "
                        + Math.max(1, limit)
                        + " ROWS ONLY",
                rows ->
                        new EhrFeedback(
                                rows.getString("issuer"),
                                rows.getString("service"),
                                rows.getString("card_uuid"),
                                rows.getString("outcome"),
                                rows.getInt("accepted"),
                                rows.getString("override_reason"),
                                Statements.instant(rows, "outcome_at"),
                                Statements.instant(rows, "received_at")));
    }
}
