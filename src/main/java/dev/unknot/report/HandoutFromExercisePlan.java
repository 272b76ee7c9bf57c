package dev.unknot.report;

import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.ItemSide;
import dev.unknot.exercise.PlanItem;
import dev.unknot.knowledge.HelpRegion;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.PainRule;
import dev.unknot.knowledge.Prescription;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a version of a person's individual exercise plan ({@link ExercisePlan}) into a {@link
 * Handout}: its number, author and date, the clinician's note and why it changed; each exercise
 * from the library with its picture, steps, dose, side and days; the tick table on the plan's days;
 * the progression rules' pain rule; the knowledge's stop signs; the region's help lines; and the
 * sources all of them cite. Stateless and thread-safe.
 */
public final class HandoutFromExercisePlan {
    static final String TITLE = "Your exercise plan for the lower back";

    private final KnowledgeBase knowledge;
    private final HelpRegion region;
    private final ZoneId zone;

    public HandoutFromExercisePlan(KnowledgeBase knowledge, HelpRegion region, ZoneId zone) {
        this.knowledge = knowledge;
        this.region = region;
        this.zone = zone;
    }

    /** The handout of {@code plan} for {@code personName}, dated {@code date}. */
    public Handout handout(String personName, LocalDate date, ExercisePlan plan) {
        Citing cited = new Citing(knowledge);
        List<HandoutExercise> exercises = new ArrayList<>();
        List<TickTable.Row> rows = new ArrayList<>();
        for (PlanItem item : plan.items()) {
            LibraryExercise exercise =
                    knowledge
                            .exerciseLibrary()
                            .exercise(item.exerciseId())
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "plan exercise not in the library: "
                                                            + item.exerciseId()));
            cited.cite(exercise);
            exercises.add(exercise(exercise, item));
            rows.add(new TickTable.Row(exercise.name(), item.dose().days()));
        }
        PainRule painRule = cited.cite(knowledge.progression().painRule());
        List<String> stopSigns =
                knowledge.care().stopSigns().stream().map(sign -> cited.cite(sign).text()).toList();
        return new Handout(
                personName,
                date,
                TITLE,
                "Version "
                        + plan.version()
                        + " by "
                        + plan.author().name()
                        + ", "
                        + LocalDate.ofInstant(plan.at(), zone),
                plan.note().isBlank() ? Optional.empty() : Optional.of(plan.note()),
                plan.reason().isBlank() ? List.of() : List.of("Why this version: " + plan.reason()),
                exercises,
                new TickTable(rows),
                List.of(painRule.text()),
                stopSigns,
                cited.help(region, knowledge.generalAdvice().help()),
                knowledge.disclaimer(),
                cited.sources());
    }

    private static HandoutExercise exercise(LibraryExercise exercise, PlanItem item) {
        Prescription dose = item.dose();
        List<String> amount = new ArrayList<>();
        amount.add(Citing.capitalised(dose.amount()));
        if (item.side() != ItemSide.BOTH) {
            amount.add(Citing.capitalised(item.side().words()));
        }
        List<String> notes = new ArrayList<>();
        notes.add("For: " + exercise.purpose());
        if (!item.notes().isBlank()) {
            notes.add(item.notes());
        }
        return new HandoutExercise(
                exercise.name(),
                Optional.of(exercise.picture()),
                exercise.steps(),
                amount,
                days(dose) + " · " + dose.often(),
                notes);
    }

    private static String days(Prescription dose) {
        return dose.daysInOrder().stream()
                .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.UK))
                .collect(Collectors.joining(", "));
    }
}
