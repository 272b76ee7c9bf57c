package dev.unknot.pathway;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.diary.Activity;
import dev.unknot.diary.NewEntry;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.Logged;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.Disposition;
import dev.unknot.session.SessionLog;
import dev.unknot.session.SessionOutcome;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * Recording a guided session, once for the terminal, the web page and the API: the session with its
 * diary entry, its stop-sign answers and the follow-up that runs after it. The check before it is
 * {@link StopSignCheck}. Thread-safe.
 */
public final class GuidedSessions {
    private final StopSignCheck stopSigns;
    private final FollowUpService followUp;
    private final SavedAssessments saved;
    private final Assessor assessor;

    public GuidedSessions(
            StopSignCheck stopSigns,
            FollowUpService followUp,
            SavedAssessments saved,
            Assessor assessor) {
        this.stopSigns = stopSigns;
        this.followUp = followUp;
        this.saved = saved;
        this.assessor = assessor;
    }

    /**
     * Why {@code profile} may not start a session now, if so: the assessment their answers give.
     * The answers are those the session follows ({@code answers}, as a web page carries them, or
     * else the saved ones brought up to today), with every red flag answered in the diary since
     * added; with neither, the red flags alone refuse a session when they are an emergency or
     * urgent.
     */
    public Optional<Assessment> refusal(String profile, Optional<Intake> answers) {
        SavedAssessments.Now now = saved.now(profile);
        Map<Question, Object> flags = now.redFlags();
        Optional<Intake> followed =
                answers.map(given -> given.toBuilder().putAll(flags).build()).or(now::answers);
        if (followed.isPresent()) {
            Assessment assessment = assessor.assess(followed.get());
            return assessment.plan().isEmpty() ? Optional.of(assessment) : Optional.empty();
        }
        Assessment assessment = assessor.assess(Intake.builder().putAll(flags).build());
        Disposition disposition = assessment.triage().disposition();
        return disposition == Disposition.EMERGENCY || disposition == Disposition.URGENT
                ? Optional.of(assessment)
                : Optional.empty();
    }

    public StopSignCheck stopSigns() {
        return stopSigns;
    }

    /**
     * What was kept of a session: its id, the linked diary entry with its follow-up, and its
     * one-line summary.
     */
    public record Recorded(long sessionId, Logged logged, String summary) {}

    /**
     * Records a session run after a clear stop-sign check: the session and a diary entry linked to
     * it (pain after, or before when not given; "session" done; the summary as its note; the
     * stop-sign answers as its safety answers) in one transaction, then the follow-up rules, as
     * after any diary entry.
     */
    public Recorded record(
            String profile,
            StopSignCheck.Clear check,
            SessionOutcome outcome,
            Instant startedAt,
            Instant endedAt) {
        SessionLog log =
                new SessionLog(
                        0,
                        startedAt,
                        endedAt,
                        outcome.painBefore(),
                        outcome.painAfter(),
                        outcome.finished(),
                        outcome.steps().stream()
                                .map(
                                        step ->
                                                new SessionLog.StepLog(
                                                        step.stepId(),
                                                        step.name(),
                                                        step.result(),
                                                        step.seconds()))
                                .toList());
        String summary = outcome.summary();
        NewEntry entry =
                new NewEntry(
                        followUp.today(),
                        outcome.painAfter().orElse(outcome.painBefore()),
                        EnumSet.of(Activity.SESSION),
                        "guided session: " + summary,
                        check.safety());
        Logged logged = followUp.logSession(profile, log, entry);
        return new Recorded(logged.entry().sessionId().orElseThrow(), logged, summary);
    }
}
