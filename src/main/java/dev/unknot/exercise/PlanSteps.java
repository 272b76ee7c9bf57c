package dev.unknot.exercise;

import dev.unknot.knowledge.Dose;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.knowledge.Prescription;
import dev.unknot.plan.PlanStep;
import dev.unknot.plan.Section;
import dev.unknot.session.SessionStep;
import dev.unknot.session.Side;
import dev.unknot.session.TimedUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns an individual plan into the steps of a guided session: one step per exercise, in plan
 * order, each with its picture, instructions and dose in words, timed set by set (repetitions at
 * {@code secondsPerRep} each, or the hold when a repetition is held longer; a hold; minutes), with
 * a rest countdown between sets, on the sides the plan says (left then right for both sides of a
 * one-sided exercise). Stateless and thread-safe.
 */
public final class PlanSteps {
    private final Function<String, Optional<LibraryExercise>> library;
    private final int secondsPerRep;

    public PlanSteps(Function<String, Optional<LibraryExercise>> library, int secondsPerRep) {
        this.library = library;
        this.secondsPerRep = secondsPerRep;
    }

    /** The session's steps; an exercise the library no longer has is left out. */
    public List<SessionStep> steps(ExercisePlan plan) {
        List<SessionStep> steps = new ArrayList<>();
        for (PlanItem item : plan.items()) {
            library.apply(item.exerciseId()).ifPresent(exercise -> steps.add(step(exercise, item)));
        }
        return steps;
    }

    /**
     * What the person reads for an item's dose: "2 sets of 10 repetitions, ..., left side only".
     */
    public static String doseWords(PlanItem item) {
        String amount = item.dose().amount();
        return item.side() == ItemSide.BOTH ? amount : amount + ", " + item.side().words();
    }

    SessionStep step(LibraryExercise exercise, PlanItem item) {
        Prescription dose = item.dose();
        List<String> instructions = new ArrayList<>(exercise.steps());
        if (!item.notes().isEmpty()) {
            instructions.add(item.notes());
        }
        PlanStep step =
                new PlanStep(
                        section(exercise.kind()),
                        exercise.id(),
                        exercise.name(),
                        instructions,
                        dose(dose),
                        exercise.targetMuscles(),
                        List.of(),
                        Optional.of(exercise.picture()),
                        exercise.sources());
        return new SessionStep(step, units(item), doseWords(item));
    }

    private List<TimedUnit> units(PlanItem item) {
        Prescription dose = item.dose();
        List<Side> sides =
                switch (item.side()) {
                    case LEFT -> List.of(Side.LEFT);
                    case RIGHT -> List.of(Side.RIGHT);
                    case BOTH ->
                            dose.perSide() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.CENTRE);
                };
        List<TimedUnit> units = new ArrayList<>();
        for (int set = 0; set < dose.sets(); set++) {
            if (set > 0 && dose.restSeconds() > 0) {
                units.add(TimedUnit.rest(Side.CENTRE, dose.restSeconds()));
            }
            for (Side side : sides) {
                units.add(work(side, dose));
            }
        }
        return units;
    }

    private TimedUnit work(Side side, Prescription dose) {
        if (dose.reps() > 0) {
            int perRep = Math.max(secondsPerRep, dose.holdSeconds());
            return new TimedUnit(side, dose.reps() * perRep, dose.reps());
        }
        if (dose.holdSeconds() > 0) {
            return new TimedUnit(side, dose.holdSeconds(), 0);
        }
        return new TimedUnit(side, dose.minutes() * 60, 0);
    }

    private static Dose dose(Prescription dose) {
        if (dose.reps() > 0) {
            return new Dose(Dose.Kind.REPS, dose.reps(), dose.reps(), dose.perSide(), "");
        }
        if (dose.holdSeconds() > 0) {
            return new Dose(
                    Dose.Kind.HOLD, dose.holdSeconds(), dose.holdSeconds(), dose.perSide(), "");
        }
        return new Dose(Dose.Kind.MINUTES, dose.minutes(), dose.minutes(), dose.perSide(), "");
    }

    private static Section section(LibraryExercise.Kind kind) {
        return switch (kind) {
            case MASSAGE -> Section.MASSAGE;
            case STRETCH -> Section.STRETCH;
            default -> Section.EXERCISE;
        };
    }
}
