package dev.unknot.web;

import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.PlanItem;
import dev.unknot.exercise.PlanSteps;
import dev.unknot.exercise.PlanSuggestion;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.Prescription;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A person's individual plan as the plan pages show it, in words: the current version's exercises
 * (picture, steps, dose, schedule, notes), the clinician's note, what changed and why, version by
 * version, and the progression suggestions with their reasons and what became of them.
 */
public record PlanView(
        Optional<Version> current,
        List<Version> history,
        List<SuggestionView> suggestions,
        Optional<String> holdBack,
        boolean canStartSession,
        Optional<Strength> strength) {

    /** For a person on their own: whether gentle strengthening may start now, and why in words. */
    public record Strength(boolean ready, String words) {}

    /** The same view with the strengthening programme's answer for a person on their own. */
    PlanView withStrength(Optional<Strength> answer) {
        return new PlanView(current, history, suggestions, holdBack, canStartSession, answer);
    }

    public PlanView {
        history = List.copyOf(history);
        suggestions = List.copyOf(suggestions);
    }

    /** One version: number, who, when, why, the note and its exercises. */
    public record Version(
            long id,
            int number,
            String author,
            String when,
            String reason,
            String note,
            List<Item> items) {
        public Version {
            items = List.copyOf(items);
        }
    }

    /** One exercise of a version, as a person reads it. */
    public record Item(
            String exerciseId,
            String name,
            String purpose,
            List<String> steps,
            String pictureSource,
            String pictureAlt,
            String dose,
            String schedule,
            String notes) {
        public Item {
            steps = List.copyOf(steps);
        }
    }

    /**
     * A progression suggestion: which exercise, what and why, the dose proposed, what became of it.
     */
    public record SuggestionView(
            long id,
            String exercise,
            String kind,
            String reason,
            String dose,
            String status,
            boolean pending,
            String when) {}

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static PlanView of(
            List<ExercisePlan> history,
            List<PlanSuggestion> suggestions,
            Function<String, Optional<LibraryExercise>> library,
            ZoneId zone,
            Optional<String> holdBack) {
        List<Version> versions =
                history.stream().map(plan -> version(plan, library, zone)).toList();
        List<SuggestionView> shown =
                suggestions.stream()
                        .map(
                                suggestion ->
                                        new SuggestionView(
                                                suggestion.id(),
                                                library.apply(suggestion.exerciseId())
                                                        .map(LibraryExercise::name)
                                                        .orElse(suggestion.exerciseId()),
                                                suggestion.kind().words(),
                                                suggestion.reason(),
                                                suggestion
                                                        .dose()
                                                        .map(Prescription::amount)
                                                        .orElse(""),
                                                suggestion.status().words()
                                                        + suggestion
                                                                .resultVersion()
                                                                .map(v -> " (version " + v + ")")
                                                                .orElse(""),
                                                suggestion.isPending(),
                                                date(suggestion.createdAt(), zone)))
                        .toList();
        return new PlanView(
                versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(0)),
                versions,
                shown,
                holdBack,
                !versions.isEmpty() && holdBack.isEmpty(),
                Optional.empty());
    }

    static Version version(
            ExercisePlan plan, Function<String, Optional<LibraryExercise>> library, ZoneId zone) {
        return new Version(
                plan.id(),
                plan.version(),
                plan.author().isUnknot() ? "unknot" : plan.author().name(),
                date(plan.at(), zone),
                plan.reason(),
                plan.note(),
                plan.items().stream().map(item -> item(item, library)).toList());
    }

    static Item item(PlanItem item, Function<String, Optional<LibraryExercise>> library) {
        Optional<LibraryExercise> exercise = library.apply(item.exerciseId());
        return new Item(
                item.exerciseId(),
                exercise.map(LibraryExercise::name).orElse(item.exerciseId()),
                exercise.map(LibraryExercise::purpose).orElse(""),
                exercise.map(LibraryExercise::steps).orElse(List.of()),
                exercise.map(e -> SessionView.PICTURES + e.picture().file()).orElse(""),
                exercise.map(e -> e.picture().alt()).orElse(""),
                PlanSteps.doseWords(item),
                schedule(item.dose()),
                item.notes());
    }

    /** "Once a day, 3 days a week: Monday, Wednesday, Friday". */
    static String schedule(Prescription dose) {
        String often = dose.often();
        String days =
                String.join(
                        ", ",
                        dose.daysInOrder().stream()
                                .map(day -> day.getDisplayName(TextStyle.FULL, Locale.UK))
                                .toList());
        return Character.toUpperCase(often.charAt(0))
                + often.substring(1)
                + (dose.daysPerWeek() == 7 ? "" : ": " + days);
    }

    static String date(Instant at, ZoneId zone) {
        return DATE.format(at.atZone(zone));
    }

    /** Every day of the week, for the editor's checkboxes. */
    public static List<DayOfWeek> week() {
        return List.of(DayOfWeek.values());
    }
}
