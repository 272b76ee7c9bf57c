package dev.unknot.store;

import dev.unknot.care.AuditEntry;
import dev.unknot.care.CareLink;
import dev.unknot.care.CarePerson;
import dev.unknot.care.Invite;
import dev.unknot.care.LinkStatus;
import dev.unknot.care.RecordView;
import dev.unknot.intake.Coded;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code care_invite}, {@code care_link} and {@code care_audit} tables: invites (codes only as
 * hashes), who has consented to which clinician, and every look at a record.
 */
public final class CareLinks {
    /**
     * The one access rule in SQL: a clinician's ACTIVE links whose clinic is the clinician's
     * current clinic, to people who still have an account. Takes the clinician's id.
     */
    static final String ACCESSIBLE =
            " FROM care_link l JOIN clinician c ON c.person_id = l.clinician_id"
                    + " AND c.clinic_id = l.clinic_id"
                    + " JOIN account a ON a.person_id = l.person_id"
                    + " WHERE l.clinician_id = ? AND l.status = 'ACTIVE'";

    /** The ids of the people a clinician may see now; takes the clinician's id. */
    static final String ACCESSIBLE_IDS = "SELECT l.person_id" + ACCESSIBLE;

    private static final String INVITE =
            "SELECT i.id, i.clinician_id, c.display_name, i.clinic_id, k.name, i.created_at,"
                    + " i.expires_at, i.used_at FROM care_invite i"
                    + " JOIN clinician c ON c.person_id = i.clinician_id"
                    + " JOIN clinic k ON k.id = i.clinic_id";

    private static final String LINK =
            "SELECT l.id, l.person_id, a.username, l.clinician_id, c.display_name, l.clinic_id,"
                    + " k.name, l.status, l.accepted_at, l.ended_at FROM care_link l"
                    + " JOIN account a ON a.person_id = l.person_id"
                    + " JOIN clinician c ON c.person_id = l.clinician_id"
                    + " JOIN clinic k ON k.id = l.clinic_id";

    private final Handle handle;

    CareLinks(Handle handle) {
        this.handle = handle;
    }

    /** Stores a new invite under the hash of its code; returns its id. */
    public long invite(
            String codeHash, long clinicianId, long clinicId, Instant at, Instant expires) {
        return Statements.insert(
                handle,
                "INSERT INTO care_invite (code_hash, clinician_id, clinic_id, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                codeHash,
                clinicianId,
                clinicId,
                at,
                expires);
    }

    /** The invite stored under this code hash, used or not. */
    public Optional<Invite> invite(String codeHash) {
        return Statements.one(
                handle, INVITE + " WHERE i.code_hash = ?", CareLinks::invite, codeHash);
    }

    /** A clinician's invites, newest first. */
    public List<Invite> invites(long clinicianId) {
        return Statements.list(
                handle,
                INVITE + " WHERE i.clinician_id = ? ORDER BY i.created_at DESC, i.id DESC",
                CareLinks::invite,
                clinicianId);
    }

    /**
     * Marks an invite answered by {@code personId}; false when it was already used (so of two
     * answers at once, only one counts).
     */
    public boolean use(long inviteId, long personId, String answer, Instant at) {
        return Statements.update(
                        handle,
                        "UPDATE care_invite SET used_at = ?, used_by = ?, answer = ?"
                                + " WHERE id = ? AND used_at IS NULL",
                        at,
                        personId,
                        answer,
                        inviteId)
                == 1;
    }

    /** Stores a person's consent to a clinician of a clinic; returns the link's id. */
    public long link(long personId, long clinicianId, long clinicId, Instant at) {
        return Statements.insert(
                handle,
                "INSERT INTO care_link (person_id, clinician_id, clinic_id, status, accepted_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                personId,
                clinicianId,
                clinicId,
                LinkStatus.ACTIVE,
                at);
    }

    /** Ends every active link of the person to the clinician; returns whether there was one. */
    public boolean revoke(long personId, long clinicianId, Instant at) {
        return Statements.update(
                        handle,
                        "UPDATE care_link SET status = ?, ended_at = ?"
                                + " WHERE person_id = ? AND clinician_id = ? AND status = ?",
                        LinkStatus.REVOKED,
                        at,
                        personId,
                        clinicianId,
                        LinkStatus.ACTIVE)
                > 0;
    }

    /** Every link of a person, active ones first, then newest first. */
    public List<CareLink> links(long personId) {
        return Statements.list(
                handle,
                LINK
                        + " WHERE l.person_id = ? ORDER BY CASE WHEN l.status = 'ACTIVE' THEN 0"
                        + " ELSE 1 END, l.accepted_at DESC, l.id DESC",
                CareLinks::link,
                personId);
    }

    /** The person, if the clinician may see them now (see {@link #ACCESSIBLE}). */
    public Optional<CarePerson> accessible(long clinicianId, long personId) {
        return Statements.one(
                handle,
                "SELECT l.person_id, a.username, l.accepted_at"
                        + ACCESSIBLE
                        + " AND l.person_id = ? ORDER BY l.accepted_at",
                CareLinks::person,
                clinicianId,
                personId);
    }

    /** Everyone the clinician may see now, by name. */
    public List<CarePerson> roster(long clinicianId) {
        return Statements.list(
                        handle,
                        "SELECT l.person_id, a.username, l.accepted_at"
                                + ACCESSIBLE
                                + " ORDER BY a.username, l.accepted_at",
                        CareLinks::person,
                        clinicianId)
                .stream()
                .distinct()
                .toList();
    }

    /** Keeps one look at a person's record. */
    public void audit(
            long personId,
            long clinicianId,
            String clinicianName,
            String clinicName,
            RecordView what,
            Instant at) {
        Statements.update(
                handle,
                "INSERT INTO care_audit (person_id, clinician_id, clinician_name, clinic_name, what,"
                        + " seen_at) VALUES (?, ?, ?, ?, ?, ?)",
                personId,
                clinicianId,
                clinicianName,
                clinicName,
                what.code(),
                at);
    }

    /**
     * Keeps one look for every person the clinician may see now, in one statement (the list of
     * people shows each person's summary); returns how many.
     */
    public int auditAll(
            long clinicianId,
            String clinicianName,
            String clinicName,
            RecordView what,
            Instant at) {
        return Statements.update(
                handle,
                "INSERT INTO care_audit (person_id, clinician_id, clinician_name, clinic_name, what,"
                        + " seen_at) SELECT DISTINCT l.person_id, CAST(? AS BIGINT),"
                        + " CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(20)),"
                        + " CAST(? AS TIMESTAMP WITH TIME ZONE)"
                        + ACCESSIBLE,
                clinicianId,
                clinicianName,
                clinicName,
                what.code(),
                at,
                clinicianId);
    }

    /** Every look at a person's record, newest first. */
    public List<AuditEntry> audit(long personId) {
        return Statements.list(
                handle,
                "SELECT seen_at, clinician_name, clinic_name, what FROM care_audit"
                        + " WHERE person_id = ? ORDER BY seen_at DESC, id DESC",
                rows ->
                        new AuditEntry(
                                Statements.instant(rows, "seen_at"),
                                rows.getString("clinician_name"),
                                rows.getString("clinic_name"),
                                Coded.fromCode(RecordView.class, rows.getString("what"))
                                        .orElseThrow()),
                personId);
    }

    private static Invite invite(ResultSet rows) throws SQLException {
        return new Invite(
                rows.getLong(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getLong(4),
                rows.getString(5),
                rows.getTimestamp(6).toInstant(),
                rows.getTimestamp(7).toInstant(),
                Statements.maybeInstant(rows, "used_at"));
    }

    private static CareLink link(ResultSet rows) throws SQLException {
        return new CareLink(
                rows.getLong(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getLong(4),
                rows.getString(5),
                rows.getLong(6),
                rows.getString(7),
                LinkStatus.valueOf(rows.getString(8)),
                rows.getTimestamp(9).toInstant(),
                Statements.maybeInstant(rows, "ended_at"));
    }

    private static CarePerson person(ResultSet rows) throws SQLException {
        return new CarePerson(rows.getLong(1), rows.getString(2), rows.getTimestamp(3).toInstant());
    }
}
