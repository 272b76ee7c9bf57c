package dev.unknot.store;

import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.IntakeJsonWriter;
import dev.unknot.knowledge.Disposition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@code assessment} table: the intakes a person saved, so guided sessions follow their latest plan. */
public final class Assessments {
    private final IntakeJsonWriter writer = new IntakeJsonWriter();
    private final IntakeJson reader = new IntakeJson();

    /** A saved intake and what triage made of it when it was saved. */
    public record Saved(Instant at, Disposition disposition, Intake intake) {
    }

    public void save(Connection connection, long personId, Intake intake, Disposition disposition, Instant at)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO assessment (person_id, created_at, disposition, intake_json) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, personId);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.setString(3, disposition.name());
            insert.setString(4, writer.write(intake));
            insert.executeUpdate();
        }
    }

    /** Every saved assessment, oldest first. */
    public java.util.List<Saved> all(Connection connection, long personId) throws SQLException {
        java.util.List<Saved> saved = new java.util.ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT created_at, disposition, intake_json"
                + " FROM assessment WHERE person_id = ? ORDER BY created_at, id")) {
            select.setLong(1, personId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    saved.add(new Saved(rows.getTimestamp("created_at").toInstant(),
                            Disposition.valueOf(rows.getString("disposition")), reader.read(rows.getString("intake_json"))));
                }
            }
        }
        return saved;
    }

    public Optional<Saved> latest(Connection connection, long personId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT created_at, disposition, intake_json"
                + " FROM assessment WHERE person_id = ? ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")) {
            select.setLong(1, personId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Saved(rows.getTimestamp("created_at").toInstant(),
                        Disposition.valueOf(rows.getString("disposition")), reader.read(rows.getString("intake_json"))));
            }
        }
    }
}
