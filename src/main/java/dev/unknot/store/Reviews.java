package dev.unknot.store;

import dev.unknot.care.Review;
import dev.unknot.care.Seen;
import dev.unknot.diary.Escalation;
import dev.unknot.knowledge.Disposition;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Follow-up advice ({@code escalation} rows) with its id and review: what waits for a clinician,
 * and who saw it.
 */
public final class Reviews {
    private static final String REVIEW =
            "SELECT e.id, e.person_id, a.username, e.raised_at, e.rule, e.name, e.disposition,"
                    + " e.advice, e.detail, e.sources, e.reviewed_at, e.reviewer_name, e.review_note"
                    + " FROM escalation e JOIN account a ON a.person_id = e.person_id";

    private final Handle handle;

    Reviews(Handle handle) {
        this.handle = handle;
    }

    /** Every escalation not yet reviewed of the people the clinician may see now, oldest first. */
    public List<Review> pending(long clinicianId) {
        return Statements.list(
                handle,
                REVIEW
                        + " WHERE e.person_id IN ("
                        + CareLinks.ACCESSIBLE_IDS
                        + ") AND e.reviewed_at IS NULL ORDER BY e.raised_at, e.id",
                Reviews::review,
                clinicianId);
    }

    /** Every escalation of a person with its review, oldest first. */
    public List<Review> all(long personId) {
        return Statements.list(
                handle,
                REVIEW + " WHERE e.person_id = ? ORDER BY e.raised_at, e.id",
                Reviews::review,
                personId);
    }

    /** One escalation, reviewed or not. */
    public Optional<Review> find(long escalationId) {
        return Statements.one(handle, REVIEW + " WHERE e.id = ?", Reviews::review, escalationId);
    }

    /** Marks an escalation seen; false when it was already reviewed. */
    public boolean acknowledge(
            long escalationId, long clinicianId, String clinicianName, String note, Instant at) {
        return Statements.update(
                        handle,
                        "UPDATE escalation SET reviewed_at = ?, reviewed_by = ?, reviewer_name = ?,"
                                + " review_note = ? WHERE id = ? AND reviewed_at IS NULL",
                        at,
                        clinicianId,
                        clinicianName,
                        note,
                        escalationId)
                == 1;
    }

    private static Review review(ResultSet rows) throws SQLException {
        Optional<Instant> reviewed = Statements.maybeInstant(rows, "reviewed_at");
        Optional<Seen> seen =
                reviewed.isEmpty()
                        ? Optional.empty()
                        : Optional.of(
                                new Seen(
                                        rows.getString("reviewer_name"),
                                        reviewed.get(),
                                        rows.getString("review_note")));
        return new Review(
                rows.getLong("id"),
                rows.getLong("person_id"),
                rows.getString("username"),
                Statements.instant(rows, "raised_at"),
                new Escalation(
                        rows.getString("rule"),
                        rows.getString("name"),
                        Disposition.valueOf(rows.getString("disposition")),
                        rows.getString("advice"),
                        rows.getString("detail"),
                        Arrays.asList(rows.getString("sources").split(","))),
                seen);
    }
}
