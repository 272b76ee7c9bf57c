package dev.unknot.breaks;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.BreakKnowledge;
import java.time.Duration;

/**
 * A person's break schedule: whether breaks are on, every how many minutes of sitting, the longer
 * break after so much screen work and how long it lasts, the notice before a break, how far a
 * postpone moves it, how long away from the keyboard counts as a break, working hours and days, and
 * where the breaks are taken. Every number is in minutes.
 */
public record BreakSettings(
        boolean enabled,
        int everyMinutes,
        int longAfterMinutes,
        int longBreakMinutes,
        int noticeMinutes,
        int postponeMinutes,
        int naturalBreakMinutes,
        WorkingHours hours,
        Place place) {

    /** The reviewed defaults of {@code breaks.yaml}. */
    public static BreakSettings defaults(BreakKnowledge knowledge) {
        BreakKnowledge.Schedule schedule = knowledge.schedule();
        return new BreakSettings(
                true,
                schedule.every().standard(),
                schedule.longAfter().standard(),
                schedule.longBreak().standard(),
                schedule.notice().standard(),
                schedule.postpone().standard(),
                schedule.naturalBreak().standard(),
                new WorkingHours(schedule.start(), schedule.end(), schedule.days()),
                Place.OFFICE);
    }

    /**
     * These settings if every number is within the range {@code breaks.yaml} allows; otherwise the
     * first one that is not, named by its field.
     */
    public BreakSettings checked(BreakKnowledge knowledge) {
        BreakKnowledge.Schedule schedule = knowledge.schedule();
        check("every", everyMinutes, schedule.every());
        check("long-after", longAfterMinutes, schedule.longAfter());
        check("long-break", longBreakMinutes, schedule.longBreak());
        check("notice", noticeMinutes, schedule.notice());
        check("postpone", postponeMinutes, schedule.postpone());
        check("natural-break", naturalBreakMinutes, schedule.naturalBreak());
        return this;
    }

    private static void check(String field, int minutes, BreakKnowledge.Minutes range) {
        if (!range.allows(minutes)) {
            throw new InvalidInputException(
                    field,
                    "must be from "
                            + range.min()
                            + " to "
                            + range.max()
                            + " minutes, was "
                            + minutes);
        }
    }

    public Duration every() {
        return Duration.ofMinutes(everyMinutes);
    }

    public Duration longAfter() {
        return Duration.ofMinutes(longAfterMinutes);
    }

    public Duration longBreak() {
        return Duration.ofMinutes(longBreakMinutes);
    }

    public Duration notice() {
        return Duration.ofMinutes(noticeMinutes);
    }

    public Duration postpone() {
        return Duration.ofMinutes(postponeMinutes);
    }

    public Duration naturalBreak() {
        return Duration.ofMinutes(naturalBreakMinutes);
    }

    public BreakSettings withEvery(int minutes) {
        return new BreakSettings(
                enabled,
                minutes,
                longAfterMinutes,
                longBreakMinutes,
                noticeMinutes,
                postponeMinutes,
                naturalBreakMinutes,
                hours,
                place);
    }

    public BreakSettings withHours(WorkingHours changed) {
        return new BreakSettings(
                enabled,
                everyMinutes,
                longAfterMinutes,
                longBreakMinutes,
                noticeMinutes,
                postponeMinutes,
                naturalBreakMinutes,
                changed,
                place);
    }

    public BreakSettings withNotice(int minutes) {
        return new BreakSettings(
                enabled,
                everyMinutes,
                longAfterMinutes,
                longBreakMinutes,
                minutes,
                postponeMinutes,
                naturalBreakMinutes,
                hours,
                place);
    }

    public BreakSettings withPlace(Place changed) {
        return new BreakSettings(
                enabled,
                everyMinutes,
                longAfterMinutes,
                longBreakMinutes,
                noticeMinutes,
                postponeMinutes,
                naturalBreakMinutes,
                hours,
                changed);
    }

    public BreakSettings withEnabled(boolean on) {
        return new BreakSettings(
                on,
                everyMinutes,
                longAfterMinutes,
                longBreakMinutes,
                noticeMinutes,
                postponeMinutes,
                naturalBreakMinutes,
                hours,
                place);
    }
}
