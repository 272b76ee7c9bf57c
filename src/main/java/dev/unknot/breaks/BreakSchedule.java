package dev.unknot.breaks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The movement-break schedule as a state machine: told what the person does (take, postpone, skip,
 * pause) and how long they have been away from the keyboard, it says at each moment whether a
 * notice or a break is due ({@link #status}). Time comes from the injected clock only, so a test or
 * a page can drive a whole working day.
 *
 * <p>The rules: a break is due {@code every} minutes after the end of the last one (or the start of
 * working hours, or the end of a pause); it is a long one once {@code longAfter} minutes of work
 * have passed since the last break at least {@code longBreak} minutes long. Outside working hours
 * and days nothing is due. A postpone moves the break once; a skip restarts the count, so nothing
 * asks again before a whole interval has passed; while paused nothing is due. Time away from the
 * keyboard of at least {@code naturalBreak} minutes counts as a break taken and restarts the count.
 * Not thread-safe: one schedule per running loop or page.
 */
public final class BreakSchedule {
    private final BreakSettings settings;
    private final Clock clock;
    private Instant sittingSince;
    private Instant longSince;
    private Optional<Instant> pausedUntil = Optional.empty();
    private Optional<Instant> postponedUntil = Optional.empty();
    private boolean noticeShown;
    private boolean away;

    /** A schedule counting from now, as when a person sits down. */
    public BreakSchedule(BreakSettings settings, Clock clock) {
        this(settings, clock, clock.instant());
    }

    /** A schedule counting from {@code sittingSince} (the end of today's last break). */
    public BreakSchedule(BreakSettings settings, Clock clock, Instant sittingSince) {
        this.settings = settings;
        this.clock = clock;
        this.sittingSince = sittingSince;
        this.longSince = sittingSince;
    }

    public BreakSettings settings() {
        return settings;
    }

    /** Where the schedule stands now. */
    public BreakStatus status() {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        WorkingHours hours = settings.hours();
        if (!settings.enabled()) {
            return new BreakStatus.Off();
        }
        if (pausedUntil.isPresent() && now.isBefore(pausedUntil.get())) {
            return new BreakStatus.Paused(pausedUntil.get());
        }
        if (!hours.contains(now, zone)) {
            return new BreakStatus.OffHours(hours.nextStart(now, zone));
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant dayStart = hours.startOf(today, zone);
        Instant from = latest(sittingSince, dayStart, pausedUntil.orElse(dayStart));
        Instant breakAt = postponedUntil.orElse(from.plus(settings.every()));
        if (!breakAt.isBefore(hours.endOf(today, zone))) {
            return new BreakStatus.OffHours(hours.nextStart(now, zone));
        }
        Instant workedFrom = latest(longSince, dayStart, dayStart);
        BreakKind kind =
                Duration.between(workedFrom, breakAt).compareTo(settings.longAfter()) >= 0
                        ? BreakKind.LONG
                        : BreakKind.SHORT;
        if (!now.isBefore(breakAt)) {
            return new BreakStatus.Due(kind, postponedUntil.isEmpty());
        }
        Instant noticeAt = breakAt.minus(settings.notice());
        if (!settings.notice().isZero() && !noticeShown && !now.isBefore(noticeAt)) {
            return new BreakStatus.Notice(breakAt, kind);
        }
        return new BreakStatus.Waiting(
                breakAt, noticeShown || settings.notice().isZero() ? breakAt : noticeAt, kind);
    }

    /** The notice was shown: it is not due again for this break. */
    public void noticeShown() {
        noticeShown = true;
    }

    /**
     * The person took the break that started at {@code startedAt} and did {@code exercises}; the
     * count starts again now. A break as long as a long one also restarts the screen-work count.
     */
    public BreakEvent taken(Instant startedAt, List<String> exercises) {
        Instant now = clock.instant();
        Duration length = Duration.between(startedAt, now);
        restart(now, length);
        return new BreakEvent(
                startedAt, BreakOutcome.TAKEN, (int) Math.max(0, length.toSeconds()), exercises);
    }

    /** Moves the due (or announced) break on by the postpone time, once per break. */
    public Postponement postpone() {
        BreakStatus status = status();
        if (!(status instanceof BreakStatus.Due) && !(status instanceof BreakStatus.Notice)) {
            return new Postponement.Refused("there is no break to postpone now");
        }
        if (postponedUntil.isPresent()) {
            return new Postponement.Refused(
                    "this break was postponed once already: take it or skip it");
        }
        Instant now = clock.instant();
        Instant until =
                (status instanceof BreakStatus.Notice notice ? notice.breakAt() : now)
                        .plus(settings.postpone());
        postponedUntil = Optional.of(until);
        noticeShown = true;
        return new Postponement.Postponed(
                until, new BreakEvent(now, BreakOutcome.POSTPONED, 0, List.of()));
    }

    /** The person said no to this break: nothing asks again before a whole interval has passed. */
    public BreakEvent skip() {
        Instant now = clock.instant();
        sittingSince = now;
        resetBreak();
        return new BreakEvent(now, BreakOutcome.SKIPPED, 0, List.of());
    }

    /** Nothing is due for {@code length}; afterwards the count starts again. */
    public void pauseFor(Duration length) {
        pausedUntil = Optional.of(clock.instant().plus(length));
        resetBreak();
    }

    /** Nothing is due until working hours start on the next working day. */
    public void pauseUntilTomorrow() {
        pausedUntil = Optional.of(settings.hours().nextDayStart(clock.instant(), clock.getZone()));
        resetBreak();
    }

    /** Ends a pause now; the count starts from now. */
    public void resume() {
        if (pausedUntil.isPresent() && clock.instant().isBefore(pausedUntil.get())) {
            pausedUntil = Optional.of(clock.instant());
        }
    }

    /**
     * How long the person has been away from the keyboard now. The first time it reaches the
     * natural-break time (in working hours, breaks on, not paused) it counts as a break and the
     * event is returned; while they stay away the count keeps restarting.
     */
    public Optional<BreakEvent> idle(Duration idleFor) {
        if (idleFor.compareTo(settings.naturalBreak()) < 0) {
            away = false;
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean counts =
                !(status() instanceof BreakStatus.Off)
                        && !(status() instanceof BreakStatus.Paused)
                        && settings.hours().contains(now, clock.getZone());
        restart(now, idleFor);
        if (away || !counts) {
            away = true;
            return Optional.empty();
        }
        away = true;
        return Optional.of(
                new BreakEvent(
                        now.minus(idleFor),
                        BreakOutcome.NATURAL,
                        (int) idleFor.toSeconds(),
                        List.of()));
    }

    private void restart(Instant now, Duration length) {
        sittingSince = now;
        if (length.compareTo(settings.longBreak()) >= 0) {
            longSince = now;
        }
        resetBreak();
    }

    private void resetBreak() {
        postponedUntil = Optional.empty();
        noticeShown = false;
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant latest = a.isAfter(b) ? a : b;
        return latest.isAfter(c) ? latest : c;
    }
}
