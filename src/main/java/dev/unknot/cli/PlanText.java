package dev.unknot.cli;

import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.PlanItem;
import dev.unknot.exercise.PlanSteps;
import dev.unknot.exercise.PlanSuggestion;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.Prescription;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * An individual plan in the terminal, in words: the version, its exercises, the changes and why.
 */
final class PlanText {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Function<String, Optional<LibraryExercise>> library;
    private final Style style;
    private final ZoneId zone;

    PlanText(Function<String, Optional<LibraryExercise>> library, Style style, ZoneId zone) {
        this.library = library;
        this.style = style;
        this.zone = zone;
    }

    void current(PrintWriter out, ExercisePlan plan) {
        header(out, plan);
        if (!plan.note().isEmpty()) {
            out.println("  Note: " + plan.note());
        }
        int number = 1;
        for (PlanItem item : plan.items()) {
            Optional<LibraryExercise> exercise = library.apply(item.exerciseId());
            out.println();
            out.println(style.bold(number++ + ". " + name(item.exerciseId())));
            exercise.map(LibraryExercise::purpose)
                    .filter(purpose -> !purpose.isEmpty())
                    .ifPresent(purpose -> out.println("   " + purpose));
            out.println("   Dose: " + PlanSteps.doseWords(item));
            out.println("   When: " + schedule(item.dose()));
            exercise.ifPresent(e -> e.steps().forEach(line -> out.println("   - " + line)));
            if (!item.notes().isEmpty()) {
                out.println("   Note: " + item.notes());
            }
        }
    }

    void history(PrintWriter out, List<ExercisePlan> versions) {
        out.println(style.bold("What changed and why"));
        for (ExercisePlan plan : versions) {
            out.println();
            header(out, plan);
            for (PlanItem item : plan.items()) {
                out.println("  - " + name(item.exerciseId()) + ": " + PlanSteps.doseWords(item));
            }
        }
    }

    void suggestions(PrintWriter out, List<PlanSuggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return;
        }
        out.println();
        out.println(style.bold("Suggestions after your sessions"));
        for (PlanSuggestion suggestion : suggestions) {
            out.println(
                    "  - "
                            + name(suggestion.exerciseId())
                            + ": "
                            + suggestion.kind().words()
                            + suggestion.dose().map(dose -> " (" + dose.amount() + ")").orElse("")
                            + " - "
                            + suggestion.status().words()
                            + ". Why: "
                            + suggestion.reason());
        }
    }

    private void header(PrintWriter out, ExercisePlan plan) {
        out.println(
                style.bold("Version " + plan.version())
                        + ", "
                        + DATE.format(plan.at().atZone(zone))
                        + ", by "
                        + plan.author().name());
        out.println("  Why: " + plan.reason());
    }

    private String name(String exerciseId) {
        return library.apply(exerciseId).map(LibraryExercise::name).orElse(exerciseId);
    }

    static String schedule(Prescription dose) {
        String days =
                String.join(
                        ", ",
                        dose.daysInOrder().stream()
                                .map(day -> day.getDisplayName(TextStyle.FULL, Locale.UK))
                                .toList());
        return dose.often() + (dose.daysPerWeek() == 7 ? "" : " (" + days + ")");
    }
}
