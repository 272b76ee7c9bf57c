package dev.unknot.store;

import dev.unknot.diary.Escalation;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.knowledge.Disposition;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code escalation} table: follow-up advice shown to a person, kept with when it was raised.
 */
public final class Escalations {
    private final Handle handle;

    Escalations(Handle handle) {
        this.handle = handle;
    }

    public void save(long personId, Escalation escalation, Instant at) {
        handle.jdbc(
                connection -> {
                    try (PreparedStatement insert =
                            connection.prepareStatement(
                                    "INSERT INTO escalation"
                                            + " (person_id, raised_at, rule, name, disposition, advice, detail, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        insert.setLong(1, personId);
                        insert.setTimestamp(2, Timestamp.from(at));
                        insert.setString(3, escalation.rule());
                        insert.setString(4, escalation.name());
                        insert.setString(5, escalation.disposition().name());
                        insert.setString(6, escalation.advice());
                        insert.setString(7, escalation.detail());
                        insert.setString(8, String.join(",", escalation.sources()));
                        return insert.executeUpdate();
                    }
                });
    }

    public List<RaisedEscalation> all(long personId) {
        return handle.jdbc(
                connection -> {
                    List<RaisedEscalation> raised = new ArrayList<>();
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT raised_at, rule, name, disposition, advice,"
                                            + " detail, sources FROM escalation WHERE person_id = ? ORDER BY raised_at, id")) {
                        select.setLong(1, personId);
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                raised.add(
                                        new RaisedEscalation(
                                                rows.getTimestamp("raised_at").toInstant(),
                                                new Escalation(
                                                        rows.getString("rule"),
                                                        rows.getString("name"),
                                                        Disposition.valueOf(
                                                                rows.getString("disposition")),
                                                        rows.getString("advice"),
                                                        rows.getString("detail"),
                                                        Arrays.asList(
                                                                rows.getString("sources")
                                                                        .split(",")))));
                            }
                        }
                    }
                    return raised;
                });
    }
}
