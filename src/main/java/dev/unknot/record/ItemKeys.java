package dev.unknot.record;

import dev.unknot.assessment.SavedAssessment;
import dev.unknot.breaks.BreakEvent;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.intake.IntakeJsonWriter;
import dev.unknot.measure.MeasureLog;
import dev.unknot.session.SessionLog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What makes an exported item the same item when it comes back: the moment it was recorded and
 * everything it says, never the database's own number (which differs between databases and
 * profiles). Old export files, which carry no identity of their own, are recognised the same way.
 * Times are compared to the microsecond, as both databases keep them.
 */
final class ItemKeys {
    private final IntakeJsonWriter intakes = new IntakeJsonWriter();

    List<Object> assessment(SavedAssessment saved) {
        return List.of(time(saved.at()), saved.disposition(), intakes.write(saved.intake()));
    }

    /**
     * A diary entry is the same entry when it was recorded at the same moment for the same day,
     * whatever its pain and words say: an edit keeps that moment, so an export made before the edit
     * brings back no second copy and the stored (newer) words stay. (An edit that moves the entry
     * to another day makes it a different entry to an older export.)
     */
    List<Object> diary(DiaryEntry entry) {
        return List.of(entry.date(), time(entry.recordedAt()));
    }

    List<Object> session(SessionLog session) {
        return List.of(
                time(session.startedAt()),
                time(session.endedAt()),
                session.painBefore(),
                session.painAfter(),
                session.finished(),
                session.steps());
    }

    List<Object> measure(MeasureLog measure) {
        return List.of(
                measure.instrument(),
                measure.takenOn(),
                time(measure.recordedAt()),
                measure.responses(),
                measure.score(),
                measure.band());
    }

    List<Object> escalation(RaisedEscalation raised) {
        return List.of(time(raised.at()), raised.escalation());
    }

    /**
     * A plan version is the same version when it has the same number and was written at the same
     * moment: versions are never changed, so nothing else needs comparing.
     */
    List<Object> plan(ExercisePlan plan) {
        return List.of(plan.version(), time(plan.at()));
    }

    /**
     * A break is the same break when it happened at the same moment with the same outcome (a break
     * cannot be both taken and skipped at once); what it lasted and the exercises come with it.
     */
    List<Object> breakEvent(BreakEvent event) {
        return List.of(time(event.at()), event.outcome());
    }

    private static Instant time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
