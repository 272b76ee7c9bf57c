package dev.unknot.pathway;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.exercise.Author;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.ItemDraft;
import dev.unknot.exercise.ItemSide;
import dev.unknot.exercise.PlanChange;
import dev.unknot.exercise.PlanCheck;
import dev.unknot.exercise.PlanItem;
import dev.unknot.exercise.PlanProblem;
import dev.unknot.exercise.PlanSteps;
import dev.unknot.exercise.PlanSuggestion;
import dev.unknot.exercise.SessionReport;
import dev.unknot.intake.Intake;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.person.Person;
import dev.unknot.plan.CarePlan;
import dev.unknot.plan.MassageStop;
import dev.unknot.plan.PlanStep;
import dev.unknot.plan.Planner;
import dev.unknot.plan.Section;
import dev.unknot.progression.ProgrammeExercise;
import dev.unknot.progression.ProgrammeStart;
import dev.unknot.session.SessionOutcome;
import dev.unknot.session.SessionStep;
import dev.unknot.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's individual exercise plan, once for every front end: the current version and the
 * history, a new version (checked, never an update in place), a start from the plan unknot
 * generated, the session the current version gives, recording that session with what the person
 * reported, and the clinician's answer to a progression suggestion. The red flags still rule:
 * {@link #refusal} says when the person's answers rule a session out, and the stop-sign check runs
 * before every session as before. Thread-safe.
 */
public final class ExercisePlans {
    private final Database database;
    private final PlanCheck check;
    private final PlanSteps steps;
    private final Planner planner;
    private final Assessor assessor;
    private final SavedAssessments saved;
    private final GuidedSessions sessions;
    private final SelfCareReadiness readiness;
    private final CareLinks links;
    private final Clock clock;

    public ExercisePlans(
            Database database,
            PlanCheck check,
            PlanSteps steps,
            Planner planner,
            Assessor assessor,
            SavedAssessments saved,
            GuidedSessions sessions,
            SelfCareReadiness readiness,
            CareLinks links,
            Clock clock) {
        this.readiness = readiness;
        this.links = links;
        this.database = database;
        this.check = check;
        this.steps = steps;
        this.planner = planner;
        this.assessor = assessor;
        this.saved = saved;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** A library entry by id. */
    public Optional<LibraryExercise> exercise(String id) {
        return check.exercise(id);
    }

    /** The id of the person with this profile name, if they have a record. */
    public Optional<Long> personId(String profile) {
        return database.inTransaction(
                tx -> tx.people().find(Person.checkName(profile)).map(Person::id));
    }

    /** The person's current plan: the latest version, if any. */
    public Optional<ExercisePlan> current(long personId) {
        return database.inTransaction(tx -> tx.plans().current(personId));
    }

    /** Every version of the person's plan, newest first. */
    public List<ExercisePlan> history(long personId) {
        return database.inTransaction(tx -> tx.plans().history(personId));
    }

    /**
     * Checks and keeps a new version of the person's plan, with the next number; refused, with
     * every problem named by field and in words, when a reason is missing, the plan is empty, an
     * exercise is unknown or twice in it, a dose is outside the limits, or a massage exercise is in
     * the plan of a person whose answers leave massage out.
     */
    public PlanChange newVersion(
            long personId, Author author, String reason, String note, List<ItemDraft> items) {
        return save(personId, author, reason, note, items, Optional.empty());
    }

    /** A pending suggestion answered by the version being saved, and how. */
    private record Answering(long suggestionId, PlanSuggestion.Status status) {}

    /** Thrown inside the saving transaction to roll the new version back. */
    private static final class AlreadyAnswered extends RuntimeException {
        AlreadyAnswered() {
            super(null, null, false, false);
        }
    }

    /**
     * Saves a checked version and, when it answers a suggestion, marks the suggestion in the same
     * transaction: of two answers sent at once (a double click, two clinicians) one makes a version
     * and the other is told the suggestion is no longer waiting, with nothing saved.
     */
    private PlanChange save(
            long personId,
            Author author,
            String reason,
            String note,
            List<ItemDraft> items,
            Optional<Answering> answering) {
        PlanCheck.Checked checked =
                check.check(items, reason.strip(), note.strip(), massageStops(personId));
        if (checked instanceof PlanCheck.Problems problems) {
            return new PlanChange.Refused(problems.problems());
        }
        List<PlanItem> accepted = ((PlanCheck.Items) checked).items();
        try {
            return new PlanChange.Saved(
                    database.inTransaction(
                            tx -> {
                                ExercisePlan saved =
                                        tx.plans()
                                                .add(
                                                        personId,
                                                        author,
                                                        clock.instant(),
                                                        reason.strip(),
                                                        note.strip(),
                                                        accepted);
                                if (answering.isPresent()
                                        && !tx.suggestions()
                                                .decide(
                                                        personId,
                                                        answering.get().suggestionId(),
                                                        answering.get().status(),
                                                        clock.instant(),
                                                        Optional.of(saved.version()))) {
                                    throw new AlreadyAnswered();
                                }
                                return saved;
                            }));
        } catch (AlreadyAnswered e) {
            return notPending();
        }
    }

    /**
     * The items of the plan unknot generated for the person's latest answers: its stretches and
     * self-massage techniques that are in the exercise library, each with the library's starting
     * dose; empty when there are no answers or they allow no plan.
     */
    public List<ItemDraft> generatedItems(long personId) {
        Optional<CarePlan> plan =
                answers(personId).flatMap(answers -> assessor.assess(answers).plan());
        List<ItemDraft> drafts = new ArrayList<>();
        for (PlanStep step : plan.map(CarePlan::steps).orElse(List.of())) {
            if (step.section() != Section.STRETCH && step.section() != Section.MASSAGE) {
                continue;
            }
            check.exercise(step.id())
                    .ifPresent(
                            exercise -> {
                                var dose = exercise.startingDose();
                                drafts.add(
                                        new ItemDraft(
                                                exercise.id(),
                                                dose.sets(),
                                                dose.reps(),
                                                dose.holdSeconds(),
                                                dose.restSeconds(),
                                                dose.minutes(),
                                                dose.timesPerDay(),
                                                dose.days(),
                                                ItemSide.BOTH,
                                                ""));
                            });
        }
        return drafts;
    }

    /**
     * Keeps the generated plan's items ({@link #generatedItems}) as a new version by {@code
     * author}.
     */
    public PlanChange fromGenerated(long personId, Author author) {
        List<ItemDraft> items = generatedItems(personId);
        if (items.isEmpty()) {
            return new PlanChange.Refused(
                    List.of(
                            PlanProblem.of(
                                    "items",
                                    "there is no plan of unknot's to start from: the answers are"
                                            + " missing or allow no self-care plan")));
        }
        return newVersion(
                personId,
                author,
                "Started from the plan unknot made for the latest answers",
                "",
                items);
    }

    /**
     * Why self-massage may not be in the person's plan now (the planner's own decision over their
     * latest answers brought up to today); when no answers are saved, massage stays out until they
     * are.
     */
    public List<MassageStop> massageStops(long personId) {
        Optional<Intake> answers = answers(personId);
        if (answers.isEmpty()) {
            return List.of(
                    new MassageStop(
                            Optional.empty(),
                            "No answers to the safety questions yet",
                            "self-massage is only added once the questions about the knot have"
                                    + " been answered",
                            List.of()));
        }
        return planner.massageStops(answers.get(), assessor.triage().triage(answers.get()));
    }

    /**
     * The assessment that rules a session out for the person now (emergency or urgent red flags, or
     * answers that allow no plan), shown instead of the session; empty when a session may go ahead
     * after the stop-sign check.
     */
    public Optional<Assessment> refusal(long personId) {
        return profile(personId).flatMap(profile -> sessions.refusal(profile, Optional.empty()));
    }

    /** The current version with the session steps it gives. */
    public record Run(ExercisePlan plan, List<SessionStep> steps) {
        public Run {
            steps = List.copyOf(steps);
        }
    }

    /** The session the person's current plan gives; empty when they have no plan. */
    public Optional<Run> session(long personId) {
        return current(personId).map(plan -> new Run(plan, steps.steps(plan)));
    }

    /**
     * Records a session that followed plan version {@code planId} after a clear stop-sign check:
     * the session and its diary entry as any session ({@link GuidedSessions#record}), then what the
     * person reported (pain during and after, each exercise done, partly or stopped for pain),
     * linked to that version.
     */
    public GuidedSessions.Recorded record(
            String profile,
            StopSignCheck.Clear clear,
            SessionOutcome outcome,
            Instant startedAt,
            Instant endedAt,
            long planId,
            SessionReport report) {
        GuidedSessions.Recorded recorded =
                sessions.record(profile, clear, outcome, startedAt, endedAt);
        database.inTransaction(
                tx -> {
                    long personId = tx.people().find(Person.checkName(profile)).orElseThrow().id();
                    tx.planSessions().save(personId, recorded.sessionId(), planId, report);
                    return null;
                });
        return recorded;
    }

    /**
     * For a person looking after themselves: whether the gentle strengthening programme may start
     * ({@code SelfCareProgramme}: the knot settled), with why in words; empty for a person whose
     * clinician looks after their plan.
     */
    public Optional<ProgrammeStart> strength(long personId) {
        return database.inTransaction(
                tx ->
                        links.hasClinician(tx, personId)
                                ? Optional.<ProgrammeStart>empty()
                                : Optional.of(readiness.start(tx, personId)));
    }

    /**
     * Adds the strengthening programme's exercises, at their starting doses, to the plan of a
     * person without a clinician whose knot has settled, as a new version by unknot with the
     * programme's reason; refused with the reasons in words otherwise.
     */
    public PlanChange startStrength(long personId) {
        Optional<ProgrammeStart> start = strength(personId);
        if (start.isEmpty()) {
            return new PlanChange.Refused(
                    List.of(
                            PlanProblem.of(
                                    "programme",
                                    "your clinician looks after your plan; ask them about strengthening")));
        }
        if (!(start.get() instanceof ProgrammeStart.Ready ready)) {
            return new PlanChange.Refused(
                    List.of(PlanProblem.of("programme", start.get().reason())));
        }
        List<ItemDraft> items =
                new ArrayList<>(
                        current(personId)
                                .map(plan -> plan.items().stream().map(ItemDraft::of).toList())
                                .orElse(List.of()));
        for (ProgrammeExercise exercise : ready.exercises()) {
            if (items.stream()
                    .noneMatch(item -> item.exerciseId().equals(exercise.exercise().id()))) {
                var dose = exercise.dose();
                items.add(
                        new ItemDraft(
                                exercise.exercise().id(),
                                dose.sets(),
                                dose.reps(),
                                dose.holdSeconds(),
                                dose.restSeconds(),
                                dose.minutes(),
                                dose.timesPerDay(),
                                dose.days(),
                                ItemSide.BOTH,
                                ""));
            }
        }
        return newVersion(
                personId,
                Author.UNKNOT,
                ready.reason(),
                current(personId).map(ExercisePlan::note).orElse(""),
                items);
    }

    /** Every suggestion for the person, newest first. */
    public List<PlanSuggestion> suggestions(long personId) {
        return database.inTransaction(tx -> tx.suggestions().all(personId));
    }

    /**
     * A clinician accepts a pending suggestion: the current plan with that exercise's dose changed
     * to the suggested one, as a new version by the clinician whose reason is the suggestion's.
     */
    public PlanChange accept(long personId, long suggestionId, Author clinician) {
        Optional<PlanSuggestion> found = pending(personId, suggestionId);
        if (found.isEmpty() || found.get().dose().isEmpty()) {
            return notPending();
        }
        PlanSuggestion suggestion = found.get();
        Optional<ExercisePlan> current = current(personId);
        if (current.isEmpty() || current.get().item(suggestion.exerciseId()).isEmpty()) {
            return new PlanChange.Refused(
                    List.of(
                            PlanProblem.of(
                                    "suggestion",
                                    "the exercise is no longer in the plan; dismiss the suggestion")));
        }
        List<ItemDraft> items =
                current.get().items().stream()
                        .map(
                                item ->
                                        item.exerciseId().equals(suggestion.exerciseId())
                                                ? ItemDraft.of(suggestion.applyTo(item))
                                                : ItemDraft.of(item))
                        .toList();
        return save(
                personId,
                clinician,
                suggestion.reason(),
                current.get().note(),
                items,
                Optional.of(new Answering(suggestionId, PlanSuggestion.Status.ACCEPTED)));
    }

    /**
     * The editor's items for a clinician who changes a pending suggestion: the current plan with
     * the suggested dose in place, to adjust and save with {@link #changed}.
     */
    public Optional<List<ItemDraft>> changeDraft(long personId, long suggestionId) {
        Optional<PlanSuggestion> found = pending(personId, suggestionId);
        Optional<ExercisePlan> current = current(personId);
        if (found.isEmpty() || current.isEmpty()) {
            return Optional.empty();
        }
        PlanSuggestion suggestion = found.get();
        return Optional.of(
                current.get().items().stream()
                        .map(
                                item ->
                                        item.exerciseId().equals(suggestion.exerciseId())
                                                ? ItemDraft.of(suggestion.applyTo(item))
                                                : ItemDraft.of(item))
                        .toList());
    }

    /**
     * A clinician's own version in answer to a pending suggestion: saved as {@link #newVersion},
     * and the suggestion marked changed.
     */
    public PlanChange changed(
            long personId,
            long suggestionId,
            Author clinician,
            String reason,
            String note,
            List<ItemDraft> items) {
        if (pending(personId, suggestionId).isEmpty()) {
            return notPending();
        }
        return save(
                personId,
                clinician,
                reason,
                note,
                items,
                Optional.of(new Answering(suggestionId, PlanSuggestion.Status.CHANGED)));
    }

    /** A clinician dismisses a pending suggestion: the plan stays as it is. */
    public boolean dismiss(long personId, long suggestionId) {
        return database.inTransaction(
                tx ->
                        tx.suggestions()
                                .decide(
                                        personId,
                                        suggestionId,
                                        PlanSuggestion.Status.DISMISSED,
                                        clock.instant(),
                                        Optional.empty()));
    }

    private Optional<PlanSuggestion> pending(long personId, long suggestionId) {
        return database.inTransaction(tx -> tx.suggestions().find(personId, suggestionId))
                .filter(PlanSuggestion::isPending);
    }

    private static PlanChange notPending() {
        return new PlanChange.Refused(
                List.of(PlanProblem.of("suggestion", "there is no such suggestion waiting")));
    }

    private Optional<String> profile(long personId) {
        return database.inTransaction(tx -> tx.people().byId(personId).map(Person::name));
    }

    /**
     * The person's latest saved answers brought up to today (what a stop sign answered yes is added
     * to); empty when none are saved.
     */
    public Optional<Intake> latestAnswers(long personId) {
        return answers(personId);
    }

    private Optional<Intake> answers(long personId) {
        return profile(personId).flatMap(saved::current);
    }
}
