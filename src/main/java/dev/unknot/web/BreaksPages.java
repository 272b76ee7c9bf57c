package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.breaks.DaySummary;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Values;
import dev.unknot.pathway.RunningBreaks;
import dev.unknot.session.Countdown;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The breaks page for a signed-in person: the live reminders (breaks.js asks {@link BreaksApi}),
 * today so far, the last week, and the settings form, which works without a script and is kept by
 * the same {@link RunningBreaks} the reminders use.
 */
final class BreaksPages {
    /** How often the page asks where the schedule stands, at normal speed. */
    static final int POLL_MILLIS = 20_000;

    private static final int HISTORY_DAYS = 7;

    /** The form's fields as the form labels them, for its messages. */
    private static final Map<String, String> LABELS =
            Map.ofEntries(
                    Map.entry("every", "A short break every"),
                    Map.entry("long-after", "A longer break after"),
                    Map.entry("long-break", "The longer break lasts"),
                    Map.entry("notice", "Tell me before a break"),
                    Map.entry("postpone", "Postpone moves a break by"),
                    Map.entry("natural-break", "Time away that counts as a break"),
                    Map.entry("start", "Working hours from"),
                    Map.entry("end", "Working hours to"),
                    Map.entry("hours", "Working hours"),
                    Map.entry("days", "Working days"),
                    Map.entry("place", "Where you take the breaks"));

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
                BreakSettingsForm.of(breaks.settings(account.profile())),
                Optional.empty(),
                "1".equals(ctx.queryParam("saved")));
    }

    void save(Context ctx) {
        Account account = Visitor.of(ctx).required();
        BreakSettingsForm typed = BreakSettingsForm.from(ctx);
        try {
            breaks.save(account.profile(), typed.settings(breaks.breaks().knowledge()));
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, account, typed, Optional.of(problem(e)), false);
            return;
        }
        ctx.redirect("/breaks?saved=1", HttpStatus.SEE_OTHER);
    }

    /** "A short break every: must be a whole number from 30 to 60, was '5'", not a field name. */
    private static String problem(InvalidInputException e) {
        return "Please check \u201c"
                + LABELS.getOrDefault(e.path(), e.path())
                + "\u201d: it "
                + e.reason()
                + ". Nothing was changed.";
    }

    private void render(
            Context ctx,
            Account account,
            BreakSettingsForm settings,
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
