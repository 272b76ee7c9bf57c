package dev.unknot.cli;

import dev.unknot.breaks.BreakSettings;
import dev.unknot.breaks.Place;
import dev.unknot.breaks.WorkingHours;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.pathway.Breaks;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code unknot breaks settings}: shows the break schedule, or changes what the options name. */
@Command(
        name = "settings",
        description =
                "Show the break schedule, or change it (each number within its reviewed range).")
final class BreaksSettingsCommand implements Callable<Integer> {
    @ParentCommand BreaksCommand parent;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Option(
            names = "--every",
            paramLabel = "MINUTES",
            description = "A short break every so many minutes of sitting (30-60).")
    Integer every;

    @Option(
            names = "--notice",
            paramLabel = "MINUTES",
            description = "The notice before a break (0-5; 0 for none).")
    Integer notice;

    @Option(
            names = "--hours",
            paramLabel = "HH:MM-HH:MM",
            description = "Working hours, e.g. 09:00-17:30.")
    String hours;

    @Option(
            names = "--days",
            paramLabel = "DAYS",
            description = "Working days: a range like mon-fri or a list like mon,wed,fri.")
    String days;

    @Option(
            names = "--place",
            paramLabel = "WHERE",
            description = "Where breaks are taken: office (nothing on the floor) or home.")
    String place;

    @Option(names = "--on", description = "Switch breaks on.")
    boolean on;

    @Option(names = "--off", description = "Switch breaks off.")
    boolean off;

    @Override
    public Integer call() {
        Breaks breaks = parent.services.breaks(store.database());
        String profile = store.profile(parent.services);
        BreakSettings settings = breaks.settings(profile);
        boolean changed = false;
        if (on && off) {
            throw new InvalidInputException("on", "give --on or --off, not both");
        }
        if (every != null) {
            settings = settings.withEvery(every);
            changed = true;
        }
        if (notice != null) {
            settings = settings.withNotice(notice);
            changed = true;
        }
        if (hours != null || days != null) {
            WorkingHours current = settings.hours();
            LocalTime[] span =
                    hours != null ? hours(hours) : new LocalTime[] {current.start(), current.end()};
            settings =
                    settings.withHours(
                            new WorkingHours(
                                    span[0], span[1], days != null ? days(days) : current.days()));
            changed = true;
        }
        if (place != null) {
            settings = settings.withPlace(Place.of("place", place));
            changed = true;
        }
        if (on || off) {
            settings = settings.withEnabled(on);
            changed = true;
        }
        if (changed) {
            settings = breaks.save(profile, settings);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(new BreakText(breaks.knowledge(), breaks.zone()).settings(settings));
        out.flush();
        return 0;
    }

    static LocalTime[] hours(String given) {
        String[] parts = given.split("-");
        try {
            if (parts.length == 2) {
                return new LocalTime[] {
                    LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip())
                };
            }
        } catch (DateTimeParseException e) {
            // the message below says what is expected
        }
        throw new InvalidInputException(
                "hours", "must be two times like 09:00-17:30, was '" + given + "'");
    }

    static Set<DayOfWeek> days(String given) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : given.toLowerCase(Locale.ROOT).split(",")) {
            String[] range = part.strip().split("-");
            if (range.length == 1) {
                days.add(day(range[0], given));
            } else if (range.length == 2) {
                DayOfWeek from = day(range[0], given);
                DayOfWeek to = day(range[1], given);
                if (to.compareTo(from) < 0) {
                    throw badDays(given);
                }
                days.addAll(EnumSet.range(from, to));
            } else {
                throw badDays(given);
            }
        }
        return days;
    }

    private static DayOfWeek day(String name, String given) {
        return WorkingHours.day(name.strip()).orElseThrow(() -> badDays(given));
    }

    private static InvalidInputException badDays(String given) {
        return new InvalidInputException(
                "days",
                "must be days like mon-fri or mon,wed,fri (mon tue wed thu fri sat sun), was '"
                        + given
                        + "'");
    }
}
