package dev.unknot.breaks;

import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.PlanItem;
import dev.unknot.knowledge.BreakExercise;
import dev.unknot.knowledge.BreakKnowledge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the one or two exercises a break offers: those of the person's current individual plan
 * that fit a break first (an exercise of {@code breaks.yaml} stands for the plan's library
 * exercises it names), then the others; only those possible where the breaks are taken (no mat at
 * work); a long break starts with the walk. Successive breaks take turns through the list.
 */
public final class BreakExercises {
    private static final String WALK = "walk";

    private final BreakKnowledge knowledge;

    public BreakExercises(BreakKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The exercises of break number {@code number} (0 for the day's first). */
    public BreakOffer.Exercises offer(
            BreakKind kind, int number, Place place, Optional<ExercisePlan> plan) {
        List<BreakExercise> possible =
                knowledge.exercises().stream()
                        .filter(exercise -> place == Place.HOME || exercise.office())
                        .toList();
        Set<String> planned = new HashSet<>();
        plan.ifPresent(
                version ->
                        version.items().stream().map(PlanItem::exerciseId).forEach(planned::add));
        List<BreakExercise> ordered = new ArrayList<>();
        possible.stream()
                .filter(exercise -> exercise.planExercises().stream().anyMatch(planned::contains))
                .forEach(ordered::add);
        possible.stream().filter(exercise -> !ordered.contains(exercise)).forEach(ordered::add);
        List<BreakExercise> chosen = new ArrayList<>();
        if (kind == BreakKind.LONG) {
            knowledge.exercise(WALK).filter(possible::contains).ifPresent(chosen::add);
        }
        List<BreakExercise> turns =
                ordered.stream().filter(exercise -> !chosen.contains(exercise)).toList();
        int plannedFirst =
                (int)
                        turns.stream()
                                .filter(e -> e.planExercises().stream().anyMatch(planned::contains))
                                .count();
        List<BreakExercise> pool = plannedFirst > 0 ? turns.subList(0, plannedFirst) : turns;
        for (int i = 0; chosen.size() < 2 && i < pool.size(); i++) {
            BreakExercise next = pool.get(Math.floorMod(number + i, pool.size()));
            if (!chosen.contains(next)) {
                chosen.add(next);
            }
        }
        if (chosen.size() < 2 && plannedFirst > 0) {
            for (BreakExercise other : turns) {
                if (chosen.size() < 2 && !chosen.contains(other)) {
                    chosen.add(other);
                }
            }
        }
        return new BreakOffer.Exercises(chosen);
    }
}
