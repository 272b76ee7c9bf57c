package dev.unknot.exercise;

import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.Prescription;
import dev.unknot.knowledge.Source;
import dev.unknot.plan.MassageStop;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a proposed plan version before it is kept: a reason for the change, at least one exercise,
 * each a known library entry once, each dose within {@link Prescription}'s limits, and no massage
 * for a person whose answers leave massage out (the same {@link MassageStop}s the planner uses,
 * named with their rule and sources). Every problem is found, not just the first. Stateless and
 * thread-safe.
 */
public final class PlanCheck {
    /** Longest reason, note or item note kept. */
    public static final int MAX_TEXT = 1000;

    private final Map<String, LibraryExercise> library;
    private final KnowledgeBase knowledge;

    public PlanCheck(List<LibraryExercise> library, KnowledgeBase knowledge) {
        this.library =
                library.stream()
                        .collect(
                                Collectors.toUnmodifiableMap(
                                        LibraryExercise::id, Function.identity()));
        this.knowledge = knowledge;
    }

    /** The checked items, or every problem found. */
    public sealed interface Checked permits Items, Problems {}

    /** Everything is in order: the items to keep. */
    public record Items(List<PlanItem> items) implements Checked {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** What is wrong, field by field. */
    public record Problems(List<PlanProblem> problems) implements Checked {
        public Problems {
            problems = List.copyOf(problems);
        }
    }

    /** A library entry by id. */
    public Optional<LibraryExercise> exercise(String id) {
        return Optional.ofNullable(library.get(id));
    }

    /**
     * Checks {@code drafts} with the reason and note for a person for whom {@code massageStops}
     * hold now (empty when massage may be in their plan).
     */
    public Checked check(
            List<ItemDraft> drafts, String reason, String note, List<MassageStop> massageStops) {
        List<PlanProblem> problems = new ArrayList<>();
        if (reason.isBlank()) {
            problems.add(PlanProblem.of("reason", "say why the plan changes, in a few words"));
        }
        text(problems, "reason", reason);
        text(problems, "note", note);
        if (drafts.isEmpty()) {
            problems.add(PlanProblem.of("items", "a plan needs at least one exercise"));
        }
        List<PlanItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            ItemDraft draft = drafts.get(i);
            String at = "items[" + i + "].";
            Optional<LibraryExercise> exercise = exercise(draft.exerciseId());
            if (exercise.isEmpty()) {
                problems.add(
                        PlanProblem.of(
                                at + "exerciseId",
                                "'" + draft.exerciseId() + "' is not an exercise of the library"));
                continue;
            }
            if (!seen.add(draft.exerciseId())) {
                problems.add(
                        PlanProblem.of(
                                at + "exerciseId",
                                exercise.get().name() + " is in the plan twice; keep it once"));
            }
            if (exercise.get().involvesMassage()) {
                for (MassageStop stop : massageStops) {
                    problems.add(massageRefused(at + "exerciseId", exercise.get(), stop));
                }
            }
            text(problems, at + "notes", draft.notes());
            int before = problems.size();
            range(problems, at + "sets", "sets", draft.sets(), 1, Prescription.MAX_SETS);
            range(problems, at + "reps", "repetitions", draft.reps(), 0, Prescription.MAX_REPS);
            range(
                    problems,
                    at + "holdSeconds",
                    "a hold in seconds",
                    draft.holdSeconds(),
                    0,
                    Prescription.MAX_HOLD_SECONDS);
            range(
                    problems,
                    at + "restSeconds",
                    "rest in seconds",
                    draft.restSeconds(),
                    0,
                    Prescription.MAX_REST_SECONDS);
            range(
                    problems,
                    at + "minutes",
                    "minutes",
                    draft.minutes(),
                    0,
                    Prescription.MAX_MINUTES);
            range(
                    problems,
                    at + "timesPerDay",
                    "times a day",
                    draft.timesPerDay(),
                    1,
                    Prescription.MAX_TIMES_PER_DAY);
            if (draft.reps() == 0 && draft.holdSeconds() == 0 && draft.minutes() == 0) {
                problems.add(
                        PlanProblem.of(
                                at + "reps",
                                "give repetitions, a hold in seconds or minutes for "
                                        + exercise.get().name()));
            }
            if (draft.days().isEmpty()) {
                problems.add(PlanProblem.of(at + "days", "choose at least one day of the week"));
            }
            if (problems.size() == before) {
                boolean perSide =
                        draft.side() == ItemSide.BOTH && exercise.get().startingDose().perSide();
                items.add(
                        new PlanItem(
                                draft.exerciseId(),
                                new Prescription(
                                        draft.sets(),
                                        draft.reps(),
                                        draft.holdSeconds(),
                                        draft.restSeconds(),
                                        draft.minutes(),
                                        perSide,
                                        draft.timesPerDay(),
                                        draft.days()),
                                draft.side(),
                                draft.notes()));
            }
        }
        return problems.isEmpty() ? new Items(items) : new Problems(problems);
    }

    private PlanProblem massageRefused(String field, LibraryExercise exercise, MassageStop stop) {
        List<String> titles =
                stop.sources().stream()
                        .map(id -> knowledge.source(id).map(Source::shortTitle).orElse(id))
                        .toList();
        String because =
                stop.ruleId()
                        .map(id -> "rule " + id + " (" + stop.name() + ")")
                        .orElse(stop.name().toLowerCase(java.util.Locale.ROOT));
        return new PlanProblem(
                field,
                exercise.name()
                        + " is self-massage, which is left out of this person's plan because of "
                        + because
                        + ": "
                        + stop.advice()
                        + " (source: "
                        + String.join("; ", titles)
                        + ")",
                stop.ruleId(),
                titles);
    }

    private static void text(List<PlanProblem> problems, String field, String value) {
        if (value.length() > MAX_TEXT) {
            problems.add(PlanProblem.of(field, "keep it to " + MAX_TEXT + " characters or fewer"));
        }
    }

    private static void range(
            List<PlanProblem> problems, String field, String what, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(
                    PlanProblem.of(
                            field,
                            what + " must be from " + min + " to " + max + ", not " + value));
        }
    }
}
