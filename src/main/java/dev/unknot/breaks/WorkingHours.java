package dev.unknot.breaks;

import dev.unknot.intake.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/** The hours and days breaks may be due, in the person's own time zone. */
public record WorkingHours(LocalTime start, LocalTime end, Set<DayOfWeek> days) {
    public WorkingHours {
        if (!start.isBefore(end)) {
            throw new InvalidInputException(
                    "hours", "must start before they end, was " + start + "-" + end);
        }
        if (days.isEmpty()) {
            throw new InvalidInputException("days", "must name at least one working day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** Whether {@code at} falls inside the working hours of a working day. */
    public boolean contains(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
    }

    /** The start of working hours on {@code date}. */
    public Instant startOf(LocalDate date, ZoneId zone) {
        return date.atTime(start).atZone(zone).toInstant();
    }

    /** The end of working hours on {@code date}. */
    public Instant endOf(LocalDate date, ZoneId zone) {
        return date.atTime(end).atZone(zone).toInstant();
    }

    /** The first start of working hours after {@code at} (later today, or a later working day). */
    public Instant nextStart(Instant at, ZoneId zone) {
        LocalDate date = at.atZone(zone).toLocalDate();
        for (int day = 0; day <= 7; day++) {
            LocalDate candidate = date.plusDays(day);
            Instant start = startOf(candidate, zone);
            if (days.contains(candidate.getDayOfWeek()) && start.isAfter(at)) {
                return start;
            }
        }
        throw new IllegalStateException("no working day in a week");
    }

    /** The start of the next working day after the day of {@code at}. */
    public Instant nextDayStart(Instant at, ZoneId zone) {
        LocalDate tomorrow = at.atZone(zone).toLocalDate().plusDays(1);
        return nextStart(startOf(tomorrow, zone).minusSeconds(1), zone);
    }

    /** A weekday's short code, as forms, JSON and the command line write it: "mon". */
    public static String code(DayOfWeek day) {
        return day.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT);
    }

    /** The weekday of a short code ("mon" ... "sun"), if it is one. */
    public static java.util.Optional<DayOfWeek> day(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return java.util.Optional.of(day);
            }
        }
        return java.util.Optional.empty();
    }
}
