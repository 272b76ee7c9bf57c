package dev.unknot.knowledge;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How much of an exercise and how often: sets of repetitions, a hold, or minutes (for walking),
 * with rest between sets, on chosen days of the week and a number of times on each of them. A count
 * of zero means "not part of this dose" (a plank has no repetitions, a bridge may have no hold); at
 * least one of repetitions, hold or minutes is set. Used for the library's starting doses and for
 * the doses a clinician writes into an individual plan.
 */
public record Prescription(
        int sets,
        int reps,
        int holdSeconds,
        int restSeconds,
        int minutes,
        boolean perSide,
        int timesPerDay,
        Set<DayOfWeek> days) {
    public static final int MAX_SETS = 10;
    public static final int MAX_REPS = 100;
    public static final int MAX_HOLD_SECONDS = 300;
    public static final int MAX_REST_SECONDS = 600;
    public static final int MAX_MINUTES = 120;
    public static final int MAX_TIMES_PER_DAY = 6;

    public Prescription {
        check("sets", sets, 1, MAX_SETS);
        check("reps", reps, 0, MAX_REPS);
        check("holdSeconds", holdSeconds, 0, MAX_HOLD_SECONDS);
        check("restSeconds", restSeconds, 0, MAX_REST_SECONDS);
        check("minutes", minutes, 0, MAX_MINUTES);
        check("timesPerDay", timesPerDay, 1, MAX_TIMES_PER_DAY);
        if (reps == 0 && holdSeconds == 0 && minutes == 0) {
            throw new IllegalArgumentException(
                    "a dose needs repetitions, a hold in seconds or minutes");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a dose needs at least one day of the week");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    private static void check(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    field + " must be from " + min + " to " + max + ", was " + value);
        }
    }

    /** How many days a week. */
    public int daysPerWeek() {
        return days.size();
    }

    /** The days in week order, Monday first. */
    public List<DayOfWeek> daysInOrder() {
        return EnumSet.copyOf(days).stream().toList();
    }

    /** Plain words for the amount, e.g. "2 sets of 10 repetitions, hold 5 seconds, each side". */
    public String amount() {
        List<String> parts = new ArrayList<>();
        String what =
                reps > 0
                        ? reps + (reps == 1 ? " repetition" : " repetitions")
                        : minutes > 0 ? minutes + " minutes" : "hold " + holdSeconds + " seconds";
        parts.add(sets == 1 ? what : sets + " sets of " + what);
        if (reps > 0 && holdSeconds > 0) {
            parts.add("hold " + holdSeconds + " seconds each time");
        }
        if (reps > 0 && minutes > 0) {
            parts.add(minutes + " minutes");
        }
        if (sets > 1 && restSeconds > 0) {
            parts.add("rest " + restSeconds + " seconds between sets");
        }
        if (perSide) {
            parts.add("each side");
        }
        return String.join(", ", parts);
    }

    /** Plain words for how often, e.g. "once a day, 3 days a week". */
    public String often() {
        String perDay =
                switch (timesPerDay) {
                    case 1 -> "once a day";
                    case 2 -> "twice a day";
                    default -> timesPerDay + " times a day";
                };
        int n = daysPerWeek();
        return perDay + ", " + (n == 7 ? "every day" : n + (n == 1 ? " day" : " days") + " a week");
    }
}
