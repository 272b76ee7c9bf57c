package dev.unknot.web;

import dev.unknot.knowledge.BreakKnowledge;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

/**
 * The breaks page: the settings form (with the ranges {@code breaks.yaml} allows), today so far,
 * the last days, a problem with the form or word that it was saved, and for the page's script how
 * often to ask the server ({@code pollMillis}) and how much faster its timers run ({@code speed}).
 */
public record BreaksView(
        BreakSettingsForm settings,
        BreakKnowledge.Schedule ranges,
        String today,
        List<Day> days,
        Optional<String> problem,
        boolean saved,
        int speed,
        int pollMillis) {
    public BreaksView {
        days = List.copyOf(days);
    }

    /** One earlier day: its date in words and its counts. */
    public record Day(String date, String counts, String movement) {}

    /** A weekday for the working-days checkboxes. */
    public record Weekday(String code, String name, boolean checked) {}

    public List<Weekday> weekdays() {
        return java.util.Arrays.stream(DayOfWeek.values())
                .map(
                        day ->
                                new Weekday(
                                        dev.unknot.breaks.WorkingHours.code(day),
                                        day.getDisplayName(
                                                java.time.format.TextStyle.FULL,
                                                java.util.Locale.UK),
                                        settings.works(dev.unknot.breaks.WorkingHours.code(day))))
                .toList();
    }
}
