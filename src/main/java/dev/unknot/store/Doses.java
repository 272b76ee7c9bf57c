package dev.unknot.store;

import dev.unknot.knowledge.Prescription;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link Prescription} in eight columns (sets, reps, hold_seconds, rest_seconds, minutes,
 * per_side, times_per_day, days), days as three-letter codes ("mon,wed,fri").
 */
final class Doses {
    static final List<String> COLUMNS =
            List.of(
                    "sets",
                    "reps",
                    "hold_seconds",
                    "rest_seconds",
                    "minutes",
                    "per_side",
                    "times_per_day",
                    "days");

    private Doses() {}

    /** Binds the dose to eight parameters from {@code first}. */
    static void bind(PreparedStatement statement, int first, Prescription dose)
            throws SQLException {
        statement.setInt(first, dose.sets());
        statement.setInt(first + 1, dose.reps());
        statement.setInt(first + 2, dose.holdSeconds());
        statement.setInt(first + 3, dose.restSeconds());
        statement.setInt(first + 4, dose.minutes());
        statement.setBoolean(first + 5, dose.perSide());
        statement.setInt(first + 6, dose.timesPerDay());
        statement.setString(first + 7, days(dose.days()));
    }

    /** Binds no dose (eight NULLs) from {@code first}. */
    static void bindNone(PreparedStatement statement, int first) throws SQLException {
        for (int i = 0; i < 8; i++) {
            statement.setNull(
                    first + i, i == 5 ? Types.BOOLEAN : i == 7 ? Types.VARCHAR : Types.SMALLINT);
        }
    }

    static Prescription read(ResultSet rows) throws SQLException {
        return new Prescription(
                rows.getInt("sets"),
                rows.getInt("reps"),
                rows.getInt("hold_seconds"),
                rows.getInt("rest_seconds"),
                rows.getInt("minutes"),
                rows.getBoolean("per_side"),
                rows.getInt("times_per_day"),
                days(rows.getString("days")));
    }

    /** The dose of a row whose dose columns may be NULL. */
    static Optional<Prescription> readOptional(ResultSet rows) throws SQLException {
        return rows.getString("days") == null ? Optional.empty() : Optional.of(read(rows));
    }

    static String days(Set<DayOfWeek> days) {
        return EnumSet.copyOf(days).stream()
                .map(day -> day.name().substring(0, 3).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(","));
    }

    static Set<DayOfWeek> days(String codes) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String code : codes.split(",")) {
            days.add(
                    EnumSet.allOf(DayOfWeek.class).stream()
                            .filter(day -> day.name().substring(0, 3).equalsIgnoreCase(code))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new IllegalStateException(
                                                    "stored day not known: " + code)));
        }
        return days;
    }
}
