package dev.unknot.web;

import dev.unknot.exercise.ItemDraft;
import dev.unknot.exercise.ItemSide;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.Prescription;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The clinician's plan editor for one person: the plan as it is (versions, suggestions waiting),
 * and a form with every exercise of the library (what it is for), those in the plan ticked with
 * their dose, side, days and notes, and the reason for the change. After a refused save, the form
 * as sent with every problem in words.
 */
public record PlanEditorView(
        long personId,
        String personName,
        PlanView plan,
        List<Row> rows,
        String reason,
        String note,
        Optional<Long> suggestionId,
        List<String> massageStops,
        List<String> errors) {

    public PlanEditorView {
        rows = List.copyOf(rows);
        massageStops = List.copyOf(massageStops);
        errors = List.copyOf(errors);
    }

    /** One exercise of the library as a row of the form. */
    public record Row(
            String id,
            String name,
            String kind,
            String purpose,
            boolean included,
            int sets,
            int reps,
            int holdSeconds,
            int restSeconds,
            int minutes,
            int timesPerDay,
            ItemSide side,
            Set<DayOfWeek> days,
            String notes) {
        public Row {
            days = Set.copyOf(days);
        }

        public boolean on(DayOfWeek day) {
            return days.contains(day);
        }
    }

    /** A day as a checkbox: its code and its short name. */
    public record Day(String code, String name, DayOfWeek day) {}

    public static List<Day> week() {
        return java.util.Arrays.stream(DayOfWeek.values())
                .map(
                        day ->
                                new Day(
                                        day.name().substring(0, 3).toLowerCase(Locale.ROOT),
                                        day.getDisplayName(TextStyle.SHORT, Locale.UK),
                                        day))
                .toList();
    }

    public static List<ItemSide> sides() {
        return List.of(ItemSide.values());
    }

    public String action() {
        return "/clinician/people/" + personId + "/plan";
    }

    /**
     * The form's rows: every library exercise, those in {@code drafts} ticked with their values.
     */
    static List<Row> rows(List<LibraryExercise> library, List<ItemDraft> drafts) {
        return library.stream()
                .map(
                        exercise ->
                                drafts.stream()
                                        .filter(d -> d.exerciseId().equals(exercise.id()))
                                        .findFirst()
                                        .map(draft -> row(exercise, draft, true))
                                        .orElseGet(() -> row(exercise, starting(exercise), false)))
                .toList();
    }

    private static ItemDraft starting(LibraryExercise exercise) {
        Prescription dose = exercise.startingDose();
        return new ItemDraft(
                exercise.id(),
                dose.sets(),
                dose.reps(),
                dose.holdSeconds(),
                dose.restSeconds(),
                dose.minutes(),
                dose.timesPerDay(),
                dose.days(),
                ItemSide.BOTH,
                "");
    }

    private static Row row(LibraryExercise exercise, ItemDraft draft, boolean included) {
        return new Row(
                exercise.id(),
                exercise.name(),
                exercise.kind().name().charAt(0)
                        + exercise.kind().name().substring(1).toLowerCase(Locale.ROOT),
                exercise.purpose(),
                included,
                draft.sets(),
                draft.reps(),
                draft.holdSeconds(),
                draft.restSeconds(),
                draft.minutes(),
                draft.timesPerDay(),
                draft.side(),
                draft.days(),
                draft.notes());
    }
}
