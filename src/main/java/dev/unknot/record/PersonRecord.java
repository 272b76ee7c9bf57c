package dev.unknot.record;

import dev.unknot.assessment.SavedAssessment;
import dev.unknot.breaks.BreakEvent;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.measure.MeasureLog;
import dev.unknot.session.SessionLog;
import dev.unknot.workstation.StoredCheck;
import java.time.Instant;
import java.util.List;

/**
 * Everything stored for one person: saved assessments, the diary, guided sessions, outcome measures
 * the advice raised, the versions of the individual exercise plan the workstation checks and the
 * movement-break history (oldest first); the unit of export and import.
 */
public record PersonRecord(
        String profile,
        Instant exportedAt,
        List<SavedAssessment> assessments,
        List<DiaryEntry> diary,
        List<SessionLog> sessions,
        List<MeasureLog> measures,
        List<RaisedEscalation> escalations,
        List<ExercisePlan> plans,
        List<StoredCheck> workstationChecks,
        List<BreakEvent> breaks) {
    /** A record without workstation checks or movement breaks (as exports made before them). */
    public PersonRecord(
            String profile,
            Instant exportedAt,
            List<SavedAssessment> assessments,
            List<DiaryEntry> diary,
            List<SessionLog> sessions,
            List<MeasureLog> measures,
            List<RaisedEscalation> escalations,
            List<ExercisePlan> plans) {
        this(
                profile,
                exportedAt,
                assessments,
                diary,
                sessions,
                measures,
                escalations,
                plans,
                List.of(),
                List.of());
    }

    /** A record without plan versions. */
    public PersonRecord(
            String profile,
            Instant exportedAt,
            List<SavedAssessment> assessments,
            List<DiaryEntry> diary,
            List<SessionLog> sessions,
            List<MeasureLog> measures,
            List<RaisedEscalation> escalations) {
        this(profile, exportedAt, assessments, diary, sessions, measures, escalations, List.of());
    }

    public PersonRecord {
        plans = List.copyOf(plans);
        assessments = List.copyOf(assessments);
        diary = List.copyOf(diary);
        sessions = List.copyOf(sessions);
        measures = List.copyOf(measures);
        escalations = List.copyOf(escalations);
        workstationChecks = List.copyOf(workstationChecks);
        breaks = List.copyOf(breaks);
    }
}
