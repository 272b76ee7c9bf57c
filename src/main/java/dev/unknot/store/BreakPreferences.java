package dev.unknot.store;

import dev.unknot.breaks.BreakSettings;
import dev.unknot.breaks.Place;
import dev.unknot.breaks.WorkingHours;
import dev.unknot.intake.Coded;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code break_settings} table: a person's own break schedule, when they have set one. */
public final class BreakPreferences {
    private final Handle handle;

    BreakPreferences(Handle handle) {
        this.handle = handle;
    }

    public Optional<BreakSettings> find(long personId) {
        return Statements.one(
                handle,
                "SELECT * FROM break_settings WHERE person_id = ?",
                BreakPreferences::settings,
                personId);
    }

    /** Writes a person's settings, replacing any before. */
    public void save(long personId, BreakSettings settings, Instant at) {
        Statements.update(handle, "DELETE FROM break_settings WHERE person_id = ?", personId);
        Statements.update(
                handle,
                "INSERT INTO break_settings (person_id, enabled, every_minutes, long_after_minutes,"
                        + " long_break_minutes, notice_minutes, postpone_minutes,"
                        + " natural_break_minutes, work_start, work_end, work_days, place,"
                        + " changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                personId,
                settings.enabled(),
                settings.everyMinutes(),
                settings.longAfterMinutes(),
                settings.longBreakMinutes(),
                settings.noticeMinutes(),
                settings.postponeMinutes(),
                settings.naturalBreakMinutes(),
                settings.hours().start().toString(),
                settings.hours().end().toString(),
                days(settings.hours().days()),
                settings.place().code(),
                at);
    }

    private static String days(Set<DayOfWeek> days) {
        return EnumSet.copyOf(days).stream()
                .map(day -> day.name().substring(0, 3).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    private static BreakSettings settings(ResultSet rows) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : rows.getString("work_days").split(",")) {
            for (DayOfWeek candidate : DayOfWeek.values()) {
                if (candidate.name().toLowerCase(Locale.ROOT).startsWith(day)) {
                    days.add(candidate);
                }
            }
        }
        String place = rows.getString("place");
        return new BreakSettings(
                rows.getBoolean("enabled"),
                rows.getInt("every_minutes"),
                rows.getInt("long_after_minutes"),
                rows.getInt("long_break_minutes"),
                rows.getInt("notice_minutes"),
                rows.getInt("postpone_minutes"),
                rows.getInt("natural_break_minutes"),
                new WorkingHours(
                        LocalTime.parse(rows.getString("work_start")),
                        LocalTime.parse(rows.getString("work_end")),
                        days),
                Coded.fromCode(Place.class, place)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "stored place not known: " + place)));
    }
}
