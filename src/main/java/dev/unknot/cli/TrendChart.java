package dev.unknot.cli;

import dev.unknot.diary.DiaryEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A terminal chart of pain by day: one column per day (the day's average, drawn as a bar), days
 * with a guided session marked with {@code *} under the axis, and dates along the bottom.
 */
final class TrendChart {
    private TrendChart() {}

    static String render(LocalDate from, LocalDate to, List<DiaryEntry> entries) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        int[] sum = new int[days];
        int[] count = new int[days];
        boolean[] session = new boolean[days];
        for (DiaryEntry entry : entries) {
            int day = (int) ChronoUnit.DAYS.between(from, entry.date());
            if (day >= 0 && day < days) {
                sum[day] += entry.pain().points();
                count[day]++;
                session[day] |= entry.hasSession();
            }
        }
        StringBuilder out =
                new StringBuilder(
                        "Pain by day, "
                                + from
                                + " to "
                                + to
                                + "  (bar = average pain that day, * = guided session)\n");
        for (int level = 10; level >= 1; level--) {
            out.append(String.format("%2d |", level));
            for (int day = 0; day < days; day++) {
                boolean filled =
                        count[day] > 0 && Math.round((double) sum[day] / count[day]) >= level;
                out.append(filled ? "##" : "  ");
            }
            out.append('\n');
        }
        out.append(" 0 +").append("--".repeat(days)).append('\n');
        out.append("    ");
        for (int day = 0; day < days; day++) {
            out.append(session[day] ? " *" : count[day] > 0 ? " ." : "  ");
        }
        out.append('\n');
        StringBuilder dates = new StringBuilder("    ");
        for (int day = 0; day < days; day += 7) {
            String label = from.plusDays(day).toString().substring(5);
            while (dates.length() < 4 + day * 2) {
                dates.append(' ');
            }
            dates.append(label);
        }
        return out.append(dates).append('\n').toString();
    }
}
