package dev.unknot.store;

import dev.unknot.care.DatedDisposition;
import dev.unknot.care.PainPoint;
import dev.unknot.knowledge.Disposition;
import dev.unknot.measure.MeasureLog;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a clinician's list of people shows, read set by set: each method is one query over every
 * person the clinician may see now (the access rule of {@link CareLinks#ACCESSIBLE}), never one
 * query per person, and answers a map by person id. The indexes of {@code V5__clinicians.sql} keep
 * each one a range scan per person.
 */
public final class CareRoster {
    private static final String PEOPLE = "person_id IN (" + CareLinks.ACCESSIBLE_IDS + ")";

    private final Handle handle;

    CareRoster(Handle handle) {
        this.handle = handle;
    }

    /** One row of a set-based query: whose it is and what it says. */
    private record Keyed<T>(long personId, T value) {}

    /** Each person's latest saved assessment's disposition. */
    public Map<Long, DatedDisposition> latestDispositions(long clinicianId) {
        Map<Long, DatedDisposition> latest = new HashMap<>();
        for (Keyed<DatedDisposition> row :
                Statements.list(
                        handle,
                        "SELECT s.person_id, s.disposition, s.created_at FROM assessment s WHERE s."
                                + PEOPLE
                                + " AND s.created_at = (SELECT MAX(m.created_at) FROM assessment m"
                                + " WHERE m.person_id = s.person_id) ORDER BY s.id",
                        rows ->
                                new Keyed<>(
                                        rows.getLong(1),
                                        new DatedDisposition(
                                                Disposition.valueOf(rows.getString(2)),
                                                rows.getTimestamp(3).toInstant())),
                        clinicianId)) {
            latest.put(row.personId(), row.value());
        }
        return latest;
    }

    /** Each person's diary pain from {@code from} on, oldest first. */
    public Map<Long, List<PainPoint>> painSince(long clinicianId, LocalDate from) {
        Map<Long, List<PainPoint>> pain = new HashMap<>();
        for (Keyed<PainPoint> row :
                Statements.list(
                        handle,
                        "SELECT d.person_id, d.id, d.entry_date, d.recorded_at, d.pain"
                                + " FROM diary_entry d WHERE d."
                                + PEOPLE
                                + " AND d.entry_date >= ? ORDER BY d.person_id, d.entry_date,"
                                + " d.recorded_at, d.id",
                        CareRoster::painRow,
                        clinicianId,
                        from)) {
            pain.computeIfAbsent(row.personId(), id -> new ArrayList<>()).add(row.value());
        }
        return pain;
    }

    /** Each person's first diary entry (by date, then when recorded). */
    public Map<Long, PainPoint> firstPain(long clinicianId) {
        return edge(clinicianId, "ASC");
    }

    /** Each person's latest diary entry (by date, then when recorded). */
    public Map<Long, PainPoint> latestPain(long clinicianId) {
        return edge(clinicianId, "DESC");
    }

    /** How many guided sessions each person started from {@code from} on. */
    public Map<Long, Integer> sessionsSince(long clinicianId, Instant from) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Keyed<Integer> row :
                Statements.list(
                        handle,
                        "SELECT person_id, COUNT(*) FROM session_log WHERE "
                                + PEOPLE
                                + " AND started_at >= ? GROUP BY person_id",
                        rows -> new Keyed<>(rows.getLong(1), rows.getInt(2)),
                        clinicianId,
                        from)) {
            counts.put(row.personId(), row.value());
        }
        return counts;
    }

    /** How many escalations not yet reviewed each person has, by disposition. */
    public Map<Long, Map<Disposition, Integer>> unreviewed(long clinicianId) {
        Map<Long, Map<Disposition, Integer>> counts = new HashMap<>();
        for (Keyed<Map.Entry<Disposition, Integer>> row :
                Statements.list(
                        handle,
                        "SELECT person_id, disposition, COUNT(*) FROM escalation WHERE "
                                + PEOPLE
                                + " AND reviewed_at IS NULL GROUP BY person_id, disposition",
                        rows ->
                                new Keyed<>(
                                        rows.getLong(1),
                                        Map.entry(
                                                Disposition.valueOf(rows.getString(2)),
                                                rows.getInt(3))),
                        clinicianId)) {
            counts.computeIfAbsent(row.personId(), id -> new EnumMap<>(Disposition.class))
                    .put(row.value().getKey(), row.value().getValue());
        }
        return counts;
    }

    /** Each person's latest result of every instrument they have taken, by instrument. */
    public Map<Long, List<MeasureLog>> latestMeasures(long clinicianId) {
        Map<Long, Map<String, MeasureLog>> latest = new HashMap<>();
        for (Keyed<MeasureLog> row :
                Statements.list(
                        handle,
                        "SELECT r.person_id, r.instrument, r.taken_on, r.recorded_at, r.responses,"
                                + " r.score, r.band FROM measure_result r WHERE r."
                                + PEOPLE
                                + " AND r.taken_on = (SELECT MAX(x.taken_on) FROM measure_result x"
                                + " WHERE x.person_id = r.person_id AND x.instrument = r.instrument)"
                                + " ORDER BY r.person_id, r.instrument, r.recorded_at, r.id",
                        rows ->
                                new Keyed<>(
                                        rows.getLong(1),
                                        new MeasureLog(
                                                rows.getString(2),
                                                rows.getDate(3).toLocalDate(),
                                                rows.getTimestamp(4).toInstant(),
                                                rows.getString(5),
                                                rows.getString(6),
                                                rows.getString(7))),
                        clinicianId)) {
            latest.computeIfAbsent(row.personId(), id -> new TreeMap<>())
                    .put(row.value().instrument(), row.value());
        }
        Map<Long, List<MeasureLog>> lists = new HashMap<>();
        latest.forEach((person, results) -> lists.put(person, List.copyOf(results.values())));
        return lists;
    }

    /**
     * Each person's first or latest entry: for every person one backward or forward step down the
     * diary's timeline index ({@code diary_person_timeline}), then the rows by their ids.
     */
    private Map<Long, PainPoint> edge(long clinicianId, String direction) {
        String order =
                " ORDER BY e.entry_date "
                        + direction
                        + ", e.recorded_at "
                        + direction
                        + ", e.id "
                        + direction
                        + " FETCH FIRST 1 ROWS ONLY";
        Map<Long, PainPoint> found = new HashMap<>();
        for (Keyed<PainPoint> row :
                Statements.list(
                        handle,
                        "SELECT d.person_id, d.id, d.entry_date, d.recorded_at, d.pain"
                                + " FROM diary_entry d WHERE d.id IN (SELECT (SELECT e.id FROM"
                                + " diary_entry e WHERE e.person_id = l.person_id"
                                + order
                                + ")"
                                + CareLinks.ACCESSIBLE
                                + ")",
                        CareRoster::painRow,
                        clinicianId)) {
            found.put(row.personId(), row.value());
        }
        return found;
    }

    private static Keyed<PainPoint> painRow(ResultSet rows) throws SQLException {
        return new Keyed<>(
                rows.getLong("person_id"),
                new PainPoint(
                        rows.getLong("id"),
                        rows.getDate("entry_date").toLocalDate(),
                        rows.getTimestamp("recorded_at").toInstant(),
                        rows.getInt("pain")));
    }
}
