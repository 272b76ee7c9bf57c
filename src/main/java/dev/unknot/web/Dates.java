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

    private Dates() {}

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
