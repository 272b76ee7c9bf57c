package dev.unknot.store;

import dev.unknot.care.Clinic;
import dev.unknot.care.Clinician;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code clinic} and {@code clinician} tables: clinics and the clinicians who work in one. */
public final class Clinics {
    private static final String CLINICIAN =
            "SELECT c.person_id, a.username, c.display_name, k.id, k.name, k.created_at"
                    + " FROM clinician c JOIN account a ON a.person_id = c.person_id"
                    + " JOIN clinic k ON k.id = c.clinic_id";

    private final Handle handle;

    Clinics(Handle handle) {
        this.handle = handle;
    }

    public Clinic create(String name, Instant at) {
        long id =
                Statements.insert(
                        handle, "INSERT INTO clinic (name, created_at) VALUES (?, ?)", name, at);
        return new Clinic(id, name, at);
    }

    public Optional<Clinic> find(String name) {
        return Statements.one(
                handle,
                "SELECT id, name, created_at FROM clinic WHERE name = ?",
                Clinics::clinic,
                name);
    }

    /** Every clinic, by name. */
    public List<Clinic> all() {
        return Statements.list(
                handle, "SELECT id, name, created_at FROM clinic ORDER BY name", Clinics::clinic);
    }

    /** Makes the account of {@code personId} a clinician of {@code clinic}. */
    public void addClinician(long personId, Clinic clinic, String displayName) {
        Statements.update(
                handle,
                "INSERT INTO clinician (person_id, clinic_id, display_name) VALUES (?, ?, ?)",
                personId,
                clinic.id(),
                displayName);
    }

    /** The clinician whose account is {@code personId}, with their current clinic. */
    public Optional<Clinician> clinician(long personId) {
        return Statements.one(
                handle, CLINICIAN + " WHERE c.person_id = ?", Clinics::clinician, personId);
    }

    /** The clinicians of a clinic, by name. */
    public List<Clinician> clinicians(Clinic clinic) {
        return Statements.list(
                handle,
                CLINICIAN + " WHERE c.clinic_id = ? ORDER BY c.display_name, a.username",
                Clinics::clinician,
                clinic.id());
    }

    private static Clinic clinic(ResultSet rows) throws SQLException {
        return new Clinic(
                rows.getLong("id"), rows.getString("name"), Statements.instant(rows, "created_at"));
    }

    private static Clinician clinician(ResultSet rows) throws SQLException {
        return new Clinician(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                new Clinic(rows.getLong(4), rows.getString(5), rows.getTimestamp(6).toInstant()));
    }
}
