package dev.unknot.knowledge;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reviewed defaults of movement breaks and the exercises they offer ({@code breaks.yaml}): how
 * often, how long a long break is, the notice before one, how far a postpone moves it, what time
 * away counts as a break, working hours and days, each with the range a person may choose from.
 */
public record BreakKnowledge(Schedule schedule, List<BreakExercise> exercises) {
    public BreakKnowledge {
        exercises = List.copyOf(exercises);
    }

    /**
     * Loads {@code breaks.yaml}, checking its citations and plan exercises against {@code base}.
     */
    public static BreakKnowledge load(KnowledgeBase base) {
        return BreakKnowledgeLoader.load(base);
    }

    public Optional<BreakExercise> exercise(String id) {
        return exercises.stream().filter(exercise -> exercise.id().equals(id)).findFirst();
    }

    /** A number of minutes: its default and the range allowed. */
    public record Minutes(int standard, int min, int max) {
        public Minutes {
            if (min < 0 || min > standard || standard > max) {
                throw new IllegalArgumentException(
                        "needs 0 <= min <= default <= max, was "
                                + min
                                + " <= "
                                + standard
                                + " <= "
                                + max);
            }
        }

        public boolean allows(int minutes) {
            return minutes >= min && minutes <= max;
        }
    }

    /** The default schedule and its ranges. */
    public record Schedule(
            Minutes every,
            Minutes longAfter,
            Minutes longBreak,
            Minutes notice,
            Minutes postpone,
            Minutes naturalBreak,
            LocalTime start,
            LocalTime end,
            Set<DayOfWeek> days,
            List<String> sources)
            implements Cited {
        public Schedule {
            days = Set.copyOf(EnumSet.copyOf(days));
            sources = List.copyOf(sources);
        }
    }
}
