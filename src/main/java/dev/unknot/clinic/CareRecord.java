package dev.unknot.clinic;

import dev.unknot.breaks.BreakEvent;
import dev.unknot.care.CarePerson;
import dev.unknot.care.DatedDisposition;
import dev.unknot.care.Review;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.FollowUp;
import dev.unknot.measure.StoredMeasure;
import dev.unknot.session.SessionLog;
import java.util.List;

/**
 * What a clinician sees of a person who consented: the dispositions of their assessments (not the
 * answers), diary, guided sessions, outcome measures, follow-up advice with its reviews, movement
 * breaks, and today's follow-up verdict. Oldest first throughout.
 */
public record CareRecord(
        CarePerson person,
        List<DatedDisposition> dispositions,
        List<DiaryEntry> diary,
        List<SessionLog> sessions,
        List<StoredMeasure> measures,
        List<Review> escalations,
        List<BreakEvent> breaks,
        FollowUp.Verdict verdict) {
    public CareRecord {
        dispositions = List.copyOf(dispositions);
        diary = List.copyOf(diary);
        sessions = List.copyOf(sessions);
        measures = List.copyOf(measures);
        escalations = List.copyOf(escalations);
        breaks = List.copyOf(breaks);
    }

    /** The reviews not yet done. */
    public List<Review> unreviewed() {
        return escalations.stream().filter(review -> review.seen().isEmpty()).toList();
    }
}
