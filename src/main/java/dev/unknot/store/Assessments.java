package dev.unknot.store;

import dev.unknot.assessment.SavedAssessment;
import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.IntakeJsonWriter;
import dev.unknot.knowledge.Disposition;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code assessment} table: the intakes a person saved, so guided sessions follow their latest
 * plan.
 */
public final class Assessments {
    private static final String COLUMNS = "created_at, disposition, intake_json";
    private final IntakeJsonWriter writer = new IntakeJsonWriter();
    private final IntakeJson reader = new IntakeJson();
    private final Handle handle;

    Assessments(Handle handle) {
        this.handle = handle;
    }

    public void save(long personId, Intake intake, Disposition disposition, Instant at) {
        handle.jdbc(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO assessment (person_id, created_at, disposition, intake_json) VALUES (?, ?, ?, ?)")) {
                        insert.setLong(1, personId);
                        insert.setTimestamp(2, Timestamp.from(at));
                        insert.setString(3, disposition.name());
                        insert.setString(4, writer.write(intake));
                        return insert.executeUpdate();
                    }
                });
    }

    /** Every saved assessment, oldest first. */
    public List<SavedAssessment> all(long personId) {
        return query(
                "SELECT "
                        + COLUMNS
                        + " FROM assessment WHERE person_id = ? ORDER BY created_at, id",
                personId);
    }

    public Optional<SavedAssessment> latest(long personId) {
        List<SavedAssessment> latest =
                query(
                        "SELECT "
                                + COLUMNS
                                + " FROM assessment WHERE person_id = ?"
                                + " ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROWS ONLY",
                        personId);
        return latest.isEmpty() ? Optional.empty() : Optional.of(latest.get(0));
    }

    private List<SavedAssessment> query(String sql, long personId) {
        return handle.jdbc(
                connection -> {
                    List<SavedAssessment> saved = new ArrayList<>();
                    try (PreparedStatement select = connection.prepareStatement(sql)) {
                        select.setLong(1, personId);
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                saved.add(map(rows));
                            }
                        }
                    }
                    return saved;
                });
    }

    private SavedAssessment map(ResultSet rows) throws SQLException {
        return new SavedAssessment(
                rows.getTimestamp("created_at").toInstant(),
                Disposition.valueOf(rows.getString("disposition")),
                reader.read(rows.getString("intake_json")));
    }
}
