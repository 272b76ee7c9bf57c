package dev.unknot.breaks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * One day of breaks in numbers: taken with the timer, natural (time away), skipped, postponed, the
 * longest stretch sitting without a break (from the start of working hours to the end of them or to
 * now, whichever is first) and the minutes moved in breaks taken with the timer.
 */
public record DaySummary(
        LocalDate date,
        int taken,
        int natural,
        int skipped,
        int postponed,
        Duration longestSitting,
        int minutesMoved) {

    /** The summary of {@code date} from that day's events, as seen at {@code now}. */
    public static DaySummary of(
            LocalDate date, List<BreakEvent> events, WorkingHours hours, Instant now, ZoneId zone) {
        List<BreakEvent> day =
                events.stream()
                        .filter(event -> event.at().atZone(zone).toLocalDate().equals(date))
                        .sorted(Comparator.comparing(BreakEvent::at))
                        .toList();
        Instant start = hours.startOf(date, zone);
        Instant end = hours.endOf(date, zone);
        Instant last = now.isBefore(end) ? now : end;
        Duration longest = Duration.ZERO;
        Instant sitting = start;
        int movedSeconds = 0;
        for (BreakEvent event : day) {
            if (!event.outcome().moved()) {
                continue;
            }
            longest = longer(longest, sitting, event.at());
            Instant back = event.at().plusSeconds(event.seconds());
            if (back.isAfter(sitting)) {
                sitting = back;
            }
            if (event.outcome() == BreakOutcome.TAKEN) {
                movedSeconds += event.seconds();
            }
        }
        longest = longer(longest, sitting, last);
        return new DaySummary(
                date,
                count(day, BreakOutcome.TAKEN),
                count(day, BreakOutcome.NATURAL),
                count(day, BreakOutcome.SKIPPED),
                count(day, BreakOutcome.POSTPONED),
                longest,
                (movedSeconds + 30) / 60);
    }

    private static Duration longer(Duration longest, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return longest;
        }
        Duration stretch = Duration.between(from, to);
        return stretch.compareTo(longest) > 0 ? stretch : longest;
    }

    private static int count(List<BreakEvent> events, BreakOutcome outcome) {
        return (int) events.stream().filter(event -> event.outcome() == outcome).count();
    }

    /** The counts in words: "2 taken, 1 away from the keyboard, 0 skipped, 1 postponed". */
    public String counts() {
        return taken
                + " taken, "
                + natural
                + " away from the keyboard, "
                + skipped
                + " skipped, "
                + postponed
                + " postponed";
    }

    /** The time sitting and moving in words, as one sentence. */
    public String movement() {
        return "Longest stretch sitting without a break: "
                + duration(longestSitting)
                + ". Minutes moved in breaks: "
                + minutesMoved
                + ".";
    }

    /** "45 min", "1 h 5 min". */
    public static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
    }
}
