package dev.unknot.cli;

import dev.unknot.diary.DiaryEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A terminal chart of pain by day: one column per day (the day's average, drawn as a bar), days
 * with a guided session marked with {@code *} under the axis, and dates along the bottom; when
 * there are movement breaks in the span, a row with each day's number of breaks (taken or time
 * away) beside the pain, so a person and their clinician can see whether breaks help.
 */
final class TrendChart {
    private TrendChart() {}

    static String render(LocalDate from, LocalDate to, List<DiaryEntry> entries) {
        return render(from, to, entries, Map.of());
    }

    static String render(
            LocalDate from,
            LocalDate to,
            List<DiaryEntry> entries,
            Map<LocalDate, Integer> breaks) {
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
        out.append(dates).append('\n');
        if (breaks.keySet().stream().anyMatch(day -> !day.isBefore(from) && !day.isAfter(to))) {
            out.append("brk ");
            for (int day = 0; day < days; day++) {
                int moved = breaks.getOrDefault(from.plusDays(day), 0);
                out.append(moved == 0 ? "  " : moved > 9 ? "9+" : String.format("%2d", moved));
            }
            out.append('\n')
                    .append(
                            "    (brk = movement breaks that day, taken or time away: 'unknot breaks")
                    .append(" history')\n");
        }
        return out.toString();
    }
}
