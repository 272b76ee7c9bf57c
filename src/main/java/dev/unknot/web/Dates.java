package dev.unknot.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days and moments as people read them: "22 Nov 2026", "22 Nov 2026, 10:05". */
final class Dates {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("EEEE HH:mm", Locale.UK);

    private Dates() {}

    /** The time of day, "10:05". */
    static String time(Instant instant, ZoneId zone) {
        return TIME.format(instant.atZone(zone));
    }

    /** The time, with the weekday when it is not today: "10:05", "Monday 09:00". */
    static String timeFrom(Instant instant, Instant now, ZoneId zone) {
        return instant.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate())
                ? TIME.format(instant.atZone(zone))
                : DAY_TIME.format(instant.atZone(zone));
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }

    static String moment(Instant instant, ZoneId zone) {
        return MOMENT.format(instant.atZone(zone));
    }
}
