package dev.unknot.web;

import dev.unknot.breaks.BreakSettings;
import dev.unknot.breaks.Place;
import dev.unknot.breaks.WorkingHours;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Values;
import dev.unknot.knowledge.BreakKnowledge;
import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The break settings as typed into the page's form or sent as JSON, kept as typed so a form with a
 * mistake comes back with every value the person entered; {@link #settings} checks them all, naming
 * the first field at fault.
 */
public record BreakSettingsForm(
        boolean enabled,
        String every,
        String longAfter,
        String longBreak,
        String notice,
        String postpone,
        String naturalBreak,
        String start,
        String end,
        List<String> days,
        String place) {
    public BreakSettingsForm {
        days = List.copyOf(days);
    }

    /** The form showing {@code settings}. */
    static BreakSettingsForm of(BreakSettings settings) {
        return new BreakSettingsForm(
                settings.enabled(),
                String.valueOf(settings.everyMinutes()),
                String.valueOf(settings.longAfterMinutes()),
                String.valueOf(settings.longBreakMinutes()),
                String.valueOf(settings.noticeMinutes()),
                String.valueOf(settings.postponeMinutes()),
                String.valueOf(settings.naturalBreakMinutes()),
                settings.hours().start().toString(),
                settings.hours().end().toString(),
                settings.hours().days().stream().sorted().map(WorkingHours::code).toList(),
                settings.place().code());
    }

    /** The form as the browser sent it. */
    static BreakSettingsForm from(Context ctx) {
        return new BreakSettingsForm(
                "on".equals(ctx.formParam("enabled")),
                field(ctx, "every"),
                field(ctx, "long-after"),
                field(ctx, "long-break"),
                field(ctx, "notice"),
                field(ctx, "postpone"),
                field(ctx, "natural-break"),
                field(ctx, "start"),
                field(ctx, "end"),
                ctx.formParams("days"),
                field(ctx, "place"));
    }

    /** The settings these values make, every one within the range {@code breaks.yaml} allows. */
    BreakSettings settings(BreakKnowledge knowledge) {
        BreakKnowledge.Schedule ranges = knowledge.schedule();
        Set<DayOfWeek> workDays = EnumSet.noneOf(DayOfWeek.class);
        for (String code : days) {
            workDays.add(day(code));
        }
        return new BreakSettings(
                        enabled,
                        minutes("every", every, ranges.every()),
                        minutes("long-after", longAfter, ranges.longAfter()),
                        minutes("long-break", longBreak, ranges.longBreak()),
                        minutes("notice", notice, ranges.notice()),
                        minutes("postpone", postpone, ranges.postpone()),
                        minutes("natural-break", naturalBreak, ranges.naturalBreak()),
                        new WorkingHours(time("start", start), time("end", end), workDays),
                        Place.of("place", place))
                .checked(knowledge);
    }

    /** Whether {@code code} ("mon") is among the working days typed. */
    public boolean works(String code) {
        return days.contains(code);
    }

    private static DayOfWeek day(String code) {
        return WorkingHours.day(code)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "days",
                                        "must be days among mon tue wed thu fri sat sun, was '"
                                                + code
                                                + "'"));
    }

    private static int minutes(String field, String text, BreakKnowledge.Minutes range) {
        return Values.wholeNumber(field, text, range.min(), range.max());
    }

    private static LocalTime time(String field, String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a time like 09:00, was '" + text + "'");
        }
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
