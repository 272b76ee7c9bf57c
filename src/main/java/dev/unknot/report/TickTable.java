package dev.unknot.report;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The week to tick off: one row per exercise, a column for each day from Monday to Sunday; the days
 * an exercise is not planned for are printed shaded.
 */
public record TickTable(List<Row> rows) {
    public TickTable {
        rows = List.copyOf(rows);
    }

    /** One exercise and the days it is planned for. */
    public record Row(String exercise, Set<DayOfWeek> days) {
        public Row {
            Handout.requireText("exercise", exercise);
            days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        }

        /** An exercise planned for every day of the week. */
        public static Row everyDay(String exercise) {
            return new Row(exercise, EnumSet.allOf(DayOfWeek.class));
        }

        public boolean planned(DayOfWeek day) {
            return days.contains(day);
        }
    }
}
