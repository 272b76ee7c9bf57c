package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.breaks.BreakSettings;
import dev.unknot.breaks.DaySummary;
import dev.unknot.breaks.Place;
import dev.unknot.breaks.WorkingHours;
import dev.unknot.intake.Coded;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Values;
import dev.unknot.knowledge.BreakKnowledge;
import dev.unknot.pathway.RunningBreaks;
import dev.unknot.session.Countdown;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The breaks page for a signed-in person: the live reminders (breaks.js asks {@link BreaksApi}),
 * today so far, the last week, and the settings form, which works without a script and is kept by
 * the same {@link RunningBreaks} the reminders use.
 */
final class BreaksPages {
    /** How often the page asks where the schedule stands, at normal speed. */
    static final int POLL_MILLIS = 20_000;

    private static final int HISTORY_DAYS = 7;

    private final RunningBreaks breaks;
    private final Templates templates;

    BreaksPages(RunningBreaks breaks, Templates templates) {
        this.breaks = breaks;
        this.templates = templates;
    }

    void show(Context ctx) {
        Account account = Visitor.of(ctx).required();
        render(
                ctx,
                account,
                breaks.settings(account.profile()),
                Optional.empty(),
                "1".equals(ctx.queryParam("saved")));
    }

    void save(Context ctx) {
        Account account = Visitor.of(ctx).required();
        BreakSettings current = breaks.settings(account.profile());
        BreakSettings typed;
        try {
            typed = typed(ctx, current);
            breaks.save(account.profile(), typed);
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, account, current, Optional.of(e.getMessage()), false);
            return;
        }
        ctx.redirect("/breaks?saved=1", HttpStatus.SEE_OTHER);
    }

    private BreakSettings typed(Context ctx, BreakSettings current) {
        BreakKnowledge.Schedule ranges = breaks.breaks().knowledge().schedule();
        LocalTime start = time(ctx, "start");
        LocalTime end = time(ctx, "end");
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String code : ctx.formParams("days")) {
            days.add(day(code));
        }
        String place = Optional.ofNullable(ctx.formParam("place")).orElse("");
        return new BreakSettings(
                        "on".equals(ctx.formParam("enabled")),
                        minutes(ctx, "every", ranges.every()),
                        minutes(ctx, "long-after", ranges.longAfter()),
                        minutes(ctx, "long-break", ranges.longBreak()),
                        minutes(ctx, "notice", ranges.notice()),
                        minutes(ctx, "postpone", ranges.postpone()),
                        minutes(ctx, "natural-break", ranges.naturalBreak()),
                        new WorkingHours(start, end, days),
                        Coded.fromCode(Place.class, place)
                                .orElseThrow(
                                        () ->
                                                new InvalidInputException(
                                                        "place", "must be office or home")))
                .checked(breaks.breaks().knowledge());
    }

    private static int minutes(Context ctx, String field, BreakKnowledge.Minutes range) {
        return Values.wholeNumber(
                field,
                Optional.ofNullable(ctx.formParam(field)).orElse(""),
                range.min(),
                range.max());
    }

    private static LocalTime time(Context ctx, String field) {
        String text = Optional.ofNullable(ctx.formParam(field)).orElse("");
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a time like 09:00, was '" + text + "'");
        }
    }

    private static DayOfWeek day(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return day;
            }
        }
        throw new InvalidInputException(
                "days", "must be days among mon tue wed thu fri sat sun, was '" + code + "'");
    }

    /** A weekday's code in forms and JSON: "mon". */
    static String code(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    private void render(
            Context ctx,
            Account account,
            BreakSettings settings,
            Optional<String> problem,
            boolean saved) {
        String profile = account.profile();
        DaySummary today = breaks.today(profile);
        LocalDate date = today.date();
        List<BreaksView.Day> days = new ArrayList<>();
        for (int back = 1; back <= HISTORY_DAYS; back++) {
            DaySummary day = breaks.breaks().summary(profile, date.minusDays(back));
            if (day.taken() + day.natural() + day.skipped() + day.postponed() > 0) {
                days.add(new BreaksView.Day(Dates.day(day.date()), day.counts(), day.movement()));
            }
        }
        int speed = speed(ctx);
        templates.page(
                ctx,
                "breaks",
                new BreaksView(
                        settings,
                        breaks.breaks().knowledge().schedule(),
                        "Today: " + today.counts() + ". " + today.movement(),
                        days,
                        problem,
                        saved,
                        speed,
                        Math.max(250, POLL_MILLIS / speed)));
    }

    private static int speed(Context ctx) {
        String given = ctx.queryParam("speed");
        return given == null || given.isBlank()
                ? 1
                : Values.wholeNumber("speed", given, 1, Countdown.MAX_SPEED);
    }
}
