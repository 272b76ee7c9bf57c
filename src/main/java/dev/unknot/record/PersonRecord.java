package dev.unknot.record;

import dev.unknot.diary.DiaryEntry;
import dev.unknot.store.Assessments;
import dev.unknot.store.Escalations;
import dev.unknot.store.MeasureLog;
import dev.unknot.store.SessionLog;
import java.time.Instant;
import java.util.List;

/** Everything stored for one person: saved assessments, the diary, guided sessions, outcome measures and the advice raised; the unit of export and import. */
public record PersonRecord(
        String profile,
        Instant exportedAt,
        List<Assessments.Saved> assessments,
        List<DiaryEntry> diary,
        List<SessionLog> sessions,
        List<MeasureLog> measures,
        List<Escalations.Raised> escalations) {
    public PersonRecord {
        assessments = List.copyOf(assessments);
        diary = List.copyOf(diary);
        sessions = List.copyOf(sessions);
        measures = List.copyOf(measures);
        escalations = List.copyOf(escalations);
    }
}
