package dev.unknot.breaks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaySummaryTest {
    private static final WorkingHours HOURS =
            new WorkingHours(
                    LocalTime.of(9, 0),
                    LocalTime.of(17, 30),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static Instant at(String time) {
        return Instant.parse("2026-11-30T" + time + ":00Z");
    }

    @Test
    void countsEachKindTheLongestSittingStretchAndTheMinutesMoved() {
        List<BreakEvent> events =
                List.of(
                        new BreakEvent(at("09:30"), BreakOutcome.TAKEN, 90, List.of("walk")),
                        new BreakEvent(at("10:01"), BreakOutcome.POSTPONED, 0, List.of()),
                        new BreakEvent(at("10:06"), BreakOutcome.TAKEN, 300, List.of("walk")),
                        new BreakEvent(at("10:41"), BreakOutcome.SKIPPED, 0, List.of()),
                        new BreakEvent(at("12:00"), BreakOutcome.NATURAL, 1800, List.of()),
                        new BreakEvent(
                                Instant.parse("2026-12-01T09:30:00Z"),
                                BreakOutcome.TAKEN,
                                60,
                                List.of()));

        DaySummary summary = DaySummary.of(MONDAY, events, HOURS, at("14:00"), ZoneOffset.UTC);

        assertThat(summary.taken()).isEqualTo(2);
        assertThat(summary.natural()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.postponed()).isEqualTo(1);
        assertThat(summary.longestSitting())
                .as("10:11 to 12:00, past the skipped break")
                .isEqualTo(Duration.ofMinutes(109));
        assertThat(summary.minutesMoved())
                .as("90 s + 300 s, the walk away not counted")
                .isEqualTo(7);
    }

    @Test
    void aDayWithoutBreaksIsOneStretchFromTheStartOfWorkToNow() {
        DaySummary summary = DaySummary.of(MONDAY, List.of(), HOURS, at("11:15"), ZoneOffset.UTC);
        assertThat(summary.taken()).isZero();
        assertThat(summary.longestSitting()).isEqualTo(Duration.ofMinutes(135));
        assertThat(summary.minutesMoved()).isZero();
    }
}
