package dev.unknot.pathway;

import dev.unknot.diary.DiaryEntry;
import dev.unknot.exercise.Author;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.PlanItem;
import dev.unknot.exercise.PlanSession;
import dev.unknot.exercise.PlanSuggestion;
import dev.unknot.followup.AfterEntry;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.store.Handle;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Closes the loop after a session that followed an individual plan: the first diary entry on a
 * later day (the next morning's) runs the progression rules for each exercise of that session and
 * stores a suggestion with its reason. For a person with a clinician a suggestion that changes a
 * dose waits for them; otherwise unknot applies it at once as a new plan version whose reason is
 * the suggestions'. Runs inside the diary entry's transaction. Thread-safe.
 */
public final class PlanReview implements AfterEntry {
    private final List<LibraryExercise> library;
    private final DoseRules rules;
    private final CareLinks links;
    private final SelfCareReadiness readiness;
    private final Clock clock;

    public PlanReview(
            List<LibraryExercise> library,
            DoseRules rules,
            CareLinks links,
            SelfCareReadiness readiness,
            Clock clock) {
        this.library = List.copyOf(library);
        this.rules = rules;
        this.readiness = readiness;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public void entryStored(Handle tx, long personId, DiaryEntry entry, Instant now) {
        for (PlanSession session : tx.planSessions().unreviewed(personId)) {
            LocalDate sessionDay = LocalDate.ofInstant(session.at(), clock.getZone());
            if (!entry.date().isAfter(sessionDay)) {
                continue;
            }
            if (!entry.hasRedFlag()) {
                // a safety answer yes comes first: its triage is shown and no dose changes
                review(tx, personId, session, entry, now);
            }
            tx.planSessions().reviewed(session.sessionId(), now);
        }
    }

    private void review(
            Handle tx, long personId, PlanSession session, DiaryEntry entry, Instant now) {
        Optional<ExercisePlan> followed = tx.plans().find(personId, session.planId());
        if (followed.isEmpty()) {
            return;
        }
        boolean clinician = links.hasClinician(tx, personId);
        List<PlanSuggestion> toApply = new ArrayList<>();
        for (PlanItem item : followed.get().items()) {
            if (!session.report().efforts().containsKey(item.exerciseId())) {
                continue;
            }
            DoseRules.Proposal made = rules.propose(item, session, entry.pain());
            if (!clinician && buildsStrength(made)) {
                Optional<String> notYet = readiness.notReady(tx, personId);
                if (notYet.isPresent()) {
                    made =
                            new DoseRules.Proposal(
                                    PlanSuggestion.Kind.HOLD,
                                    item.exerciseId(),
                                    made.reason() + " Not yet on your own, though: " + notYet.get(),
                                    Optional.empty());
                }
            }
            PlanSuggestion.Status status =
                    !made.kind().changesDose() || made.dose().isEmpty()
                            ? PlanSuggestion.Status.NOTED
                            : clinician
                                    ? PlanSuggestion.Status.PENDING
                                    : PlanSuggestion.Status.APPLIED;
            PlanSuggestion stored =
                    tx.suggestions()
                            .add(
                                    new PlanSuggestion(
                                            0,
                                            personId,
                                            session.sessionId(),
                                            session.planId(),
                                            item.exerciseId(),
                                            made.nextExerciseId(),
                                            made.kind(),
                                            made.reason(),
                                            made.dose(),
                                            status,
                                            now,
                                            Optional.empty(),
                                            Optional.empty()));
            if (status == PlanSuggestion.Status.APPLIED) {
                toApply.add(stored);
            }
        }
        if (!toApply.isEmpty()) {
            apply(tx, personId, toApply, now);
        }
    }

    /**
     * For a person without a clinician: the current plan with every applied suggestion's dose, as
     * one new version by unknot whose reason is the suggestions' reasons.
     */
    private void apply(Handle tx, long personId, List<PlanSuggestion> applied, Instant now) {
        Optional<ExercisePlan> current = tx.plans().current(personId);
        if (current.isEmpty()) {
            return;
        }
        List<PlanItem> items = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (PlanItem item : current.get().items()) {
            Optional<PlanSuggestion> change =
                    applied.stream()
                            .filter(s -> s.exerciseId().equals(item.exerciseId()))
                            .findFirst();
            if (change.isPresent() && change.get().dose().isPresent()) {
                items.add(change.get().applyTo(item));
                reasons.add(name(item.exerciseId()) + ": " + change.get().reason());
            } else {
                items.add(item);
            }
        }
        if (reasons.isEmpty()) {
            return;
        }
        ExercisePlan saved =
                tx.plans()
                        .add(
                                personId,
                                Author.UNKNOT,
                                now,
                                String.join(" ", reasons),
                                current.get().note(),
                                items);
        for (PlanSuggestion suggestion : applied) {
            tx.suggestions().markApplied(personId, suggestion.id(), saved.version());
        }
    }

    /**
     * Whether a proposal builds up a strengthening or stability exercise, which a person without a
     * clinician only gets through the self-care programme once the knot has settled.
     */
    private boolean buildsStrength(DoseRules.Proposal proposal) {
        return proposal.kind() == PlanSuggestion.Kind.PROGRESS
                && library.stream()
                        .filter(e -> e.id().equals(proposal.nextExerciseId()))
                        .anyMatch(
                                e ->
                                        e.kind() == LibraryExercise.Kind.STRENGTH
                                                || e.kind() == LibraryExercise.Kind.STABILITY);
    }

    private String name(String exerciseId) {
        return library.stream()
                .filter(e -> e.id().equals(exerciseId))
                .map(LibraryExercise::name)
                .findFirst()
                .orElse(exerciseId);
    }
}
