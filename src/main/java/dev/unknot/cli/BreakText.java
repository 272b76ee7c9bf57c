package dev.unknot.cli;

import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakSettings;
import dev.unknot.breaks.DaySummary;
import dev.unknot.breaks.WorkingHours;
import dev.unknot.knowledge.BreakExercise;
import dev.unknot.knowledge.BreakKnowledge;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Movement breaks in words for the terminal: settings, times, the day's summary, the history. */
final class BreakText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

    private final BreakKnowledge knowledge;
    private final ZoneId zone;

    BreakText(BreakKnowledge knowledge, ZoneId zone) {
        this.knowledge = knowledge;
        this.zone = zone;
    }

    String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    String dayTime(Instant at) {
        return DAY_TIME.format(at.atZone(zone));
    }

    static String days(WorkingHours hours) {
        return EnumSet.copyOf(hours.days()).stream()
                .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(" "));
    }

    String settings(BreakSettings settings) {
        StringBuilder out = new StringBuilder();
        out.append(settings.enabled() ? "Movement breaks are on.\n" : "Movement breaks are off.\n");
        out.append("  a short break every ")
                .append(settings.everyMinutes())
                .append(" minutes of sitting\n");
        out.append("  a longer break of ")
                .append(settings.longBreakMinutes())
                .append(" minutes after ")
                .append(settings.longAfterMinutes())
                .append(" minutes of screen work\n");
        out.append("  a notice ").append(settings.noticeMinutes()).append(" minute(s) before\n");
        out.append("  postpone once, by ").append(settings.postponeMinutes()).append(" minutes\n");
        out.append("  ")
                .append(settings.naturalBreakMinutes())
                .append(" minutes away from the keyboard count as a break\n");
        out.append("  working hours ")
                .append(settings.hours().start())
                .append("-")
                .append(settings.hours().end())
                .append(", ")
                .append(days(settings.hours()))
                .append('\n');
        out.append("  exercises for ")
                .append(
                        settings.place().code().equals("home")
                                ? "home (a mat is fine)"
                                : "work (nothing on the floor)")
                .append('\n');
        out.append("Sources: ")
                .append(String.join(", ", knowledge.schedule().sources()))
                .append('\n');
        return out.toString();
    }

    static String duration(Duration duration) {
        return DaySummary.duration(duration);
    }

    String summary(DaySummary summary) {
        return "Breaks on "
                + summary.date()
                + ": "
                + summary.counts()
                + ".\n"
                + summary.movement()
                + "\n";
    }

    String history(List<BreakEvent> events) {
        if (events.isEmpty()) {
            return "No breaks recorded yet.\n";
        }
        StringBuilder out = new StringBuilder();
        for (BreakEvent event : events) {
            out.append(dayTime(event.at()))
                    .append("  ")
                    .append(String.format("%-22s", event.outcome().words()));
            if (event.seconds() > 0) {
                out.append(String.format(" %4d s", event.seconds()));
            }
            if (!event.exercises().isEmpty()) {
                out.append("  ")
                        .append(
                                event.exercises().stream()
                                        .map(
                                                id ->
                                                        knowledge
                                                                .exercise(id)
                                                                .map(BreakExercise::name)
                                                                .orElse(id))
                                        .collect(Collectors.joining(", ")));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
