package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.util.ByDay;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unknot calendar}: the .ics file, parsed back and validated by the library. */
class CalendarCommandTest {
    @TempDir Path directory;

    private CliRun.Home home() {
        return new CliRun.Home(directory);
    }

    private static LocalDateTime start(VEvent event) {
        return LocalDateTime.ofInstant(
                event.getDateStart().getValue().toInstant(), ZoneId.systemDefault());
    }

    private ICalendar exported(String... settings) throws Exception {
        if (settings.length > 0) {
            assertThat(home().run(settings).exitCode()).isZero();
        }
        Path file = directory.resolve("breaks.ics");
        CliRun run = home().run("calendar", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(file);
        List<ICalendar> calendars = Biweekly.parse(text).all();
        assertThat(calendars).hasSize(1);
        return calendars.get(0);
    }

    @Test
    void theBreaksOfTheWorkingDayAreWeeklyEventsWithAnAlarmAtTheNotice() throws Exception {
        ICalendar calendar = exported();

        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty())
                .as(calendar.validate(ICalVersion.V2_0).toString())
                .isTrue();
        assertThat(calendar.getVersion().getVersion()).isEqualTo("2.0");
        assertThat(calendar.getProductId().getValue())
                .isEqualTo("-//unknot//Movement breaks and exercise plan//EN");
        List<VEvent> events = calendar.getEvents();
        assertThat(events).as("09:30 to 17:00, every 30 minutes").hasSize(16);
        VEvent first = events.get(0);
        assertThat(first.getUid().getValue()).isEqualTo("unknot-me-break-0930@unknot.invalid");
        assertThat(first.getDateTimeStamp().getValue().toInstant()).isEqualTo(CliRun.NOW);
        assertThat(start(first))
                .as("the clock's Sunday: the first working day is Monday")
                .isEqualTo(LocalDateTime.parse("2026-11-23T09:30"));
        assertThat(first.getDuration().getValue().toMillis()).isEqualTo(2 * 60_000);
        Recurrence rule = first.getRecurrenceRule().getValue();
        assertThat(rule.getFrequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(rule.getByDay())
                .extracting(ByDay::getDay)
                .containsExactly(
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY);
        VAlarm alarm = first.getAlarms().get(0);
        assertThat(alarm.getAction().isDisplay()).isTrue();
        assertThat(alarm.getTrigger().getDuration().toMillis()).isEqualTo(-60_000);
        assertThat(first.getDescription().getValue())
                .contains("Seated pelvic tilt (45 s)")
                .doesNotContain("Knee-to-chest")
                .contains("It is not a diagnosis");
        VEvent second = events.get(1);
        assertThat(start(second)).isEqualTo(LocalDateTime.parse("2026-11-23T10:00"));
        assertThat(second.getSummary().getValue())
                .isEqualTo("Movement break: away from the screen");
        assertThat(second.getDuration().getValue().toMillis()).isEqualTo(5 * 60_000);
        assertThat(events).extracting(event -> event.getUid().getValue()).doesNotHaveDuplicates();
        for (VEvent event : events) {
            assertThat(event.getDateTimeStamp()).isNotNull();
            assertThat(event.getDateStart()).isNotNull();
        }
    }

    @Test
    void theFileFollowsTheSettings() throws Exception {
        ICalendar calendar =
                exported(
                        "breaks",
                        "settings",
                        "--every",
                        "60",
                        "--hours",
                        "08:00-12:00",
                        "--days",
                        "mon,wed",
                        "--place",
                        "home");

        List<VEvent> events = calendar.getEvents();
        assertThat(events)
                .extracting(CalendarCommandTest::start)
                .containsExactly(
                        LocalDateTime.parse("2026-11-23T09:00"),
                        LocalDateTime.parse("2026-11-23T10:00"),
                        LocalDateTime.parse("2026-11-23T11:00"));
        assertThat(events.get(0).getRecurrenceRule().getValue().getByDay())
                .extracting(ByDay::getDay)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(events.get(0).getDescription().getValue()).contains("Knee-to-chest");
    }

    @Test
    void theRawFileHasFloatingTimesAndTheRequiredProperties() throws Exception {
        exported();
        String text = Files.readString(directory.resolve("breaks.ics"));
        assertThat(text)
                .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
                .contains("DTSTART:20261123T093000\r\n")
                .contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n")
                .contains("TRIGGER;RELATED=START:-PT1M\r\n")
                .contains("DTSTAMP:20261122T100000Z\r\n")
                .endsWith("END:VCALENDAR\r\n");
    }

    @Test
    void theIndividualPlansSessionsAreEventsOnTheirDaysAfterWork() throws Exception {
        Path answers = directory.resolve("intake.json");
        Files.writeString(answers, Files.readString(Path.of("examples/intake.json")));
        assertThat(home().run("assess", "--answers=" + answers, "--save").exitCode()).isZero();
        assertThat(home().run("plan", "start").exitCode()).isZero();

        ICalendar calendar = exported();

        assertThat(calendar.validate(ICalVersion.V2_0).isEmpty())
                .as(calendar.validate(ICalVersion.V2_0).toString())
                .isTrue();
        List<VEvent> sessions =
                calendar.getEvents().stream()
                        .filter(
                                event ->
                                        event.getSummary()
                                                .getValue()
                                                .startsWith("Exercise session"))
                        .toList();
        assertThat(sessions).hasSize(1);
        VEvent session = sessions.get(0);
        assertThat(session.getUid().getValue()).isEqualTo("unknot-me-plan-v1-0-0@unknot.invalid");
        assertThat(start(session)).isEqualTo(LocalDateTime.parse("2026-11-22T18:00"));
        assertThat(session.getRecurrenceRule().getValue().getByDay()).hasSize(7);
        assertThat(session.getDescription().getValue())
                .contains("Pelvic tilt")
                .contains("unknot session")
                .contains("It is not a diagnosis");
    }

    @Test
    void withoutOutputTheCalendarIsPrinted() {
        CliRun run = home().run("calendar");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("BEGIN:VCALENDAR");
    }
}
