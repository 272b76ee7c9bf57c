package dev.unknot.pathway;

import dev.unknot.assessment.SavedAssessment;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.progression.ProgrammeStart;
import dev.unknot.progression.Recovery;
import dev.unknot.progression.SelfCareProgramme;
import dev.unknot.store.Handle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether a person looking after themselves may build up strength now ({@link SelfCareProgramme}):
 * the knot's age from their latest answers, their diary pains and whether the follow-up has raised
 * an escalation since those answers. Empty when ready; otherwise why not yet, in words.
 * Thread-safe.
 */
public final class SelfCareReadiness {
    private final SelfCareProgramme programme;
    private final Clock clock;

    public SelfCareReadiness(SelfCareProgramme programme, Clock clock) {
        this.programme = programme;
        this.clock = clock;
    }

    /** Why the person may not build up strength on their own yet; empty when they may. */
    public Optional<String> notReady(Handle tx, long personId) {
        ProgrammeStart start = programme.start(recovery(tx, personId));
        return start instanceof ProgrammeStart.NotReady notReady
                ? Optional.of(notReady.reason())
                : Optional.empty();
    }

    /** The programme's answer for the person now: the exercises to start, or why not yet. */
    public ProgrammeStart start(Handle tx, long personId) {
        return programme.start(recovery(tx, personId));
    }

    Recovery recovery(Handle tx, long personId) {
        Optional<SavedAssessment> saved = tx.assessments().latest(personId);
        Instant now = clock.instant();
        Duration sinceOnset =
                saved.flatMap(
                                assessment ->
                                        assessment
                                                .intake()
                                                .onsetDays()
                                                .value()
                                                .map(
                                                        days ->
                                                                Duration.ofDays(days)
                                                                        .plus(
                                                                                Duration.between(
                                                                                        assessment
                                                                                                .at(),
                                                                                        now))))
                        .filter(duration -> !duration.isNegative())
                        .orElse(Duration.ZERO);
        List<Integer> pains =
                tx.diary().all(personId).stream()
                        .map(DiaryEntry::pain)
                        .map(pain -> pain.points())
                        .toList();
        Instant since = saved.map(SavedAssessment::at).orElse(Instant.MIN);
        boolean escalated =
                tx.escalations().all(personId).stream()
                        .map(RaisedEscalation::at)
                        .anyMatch(at -> !at.isBefore(since));
        return new Recovery(sinceOnset, pains, escalated);
    }
}
