package dev.unknot.pathway;

import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakKind;
import dev.unknot.breaks.BreakOffer;
import dev.unknot.breaks.BreakSchedule;
import dev.unknot.breaks.BreakSettings;
import dev.unknot.breaks.BreakStatus;
import dev.unknot.breaks.DaySummary;
import dev.unknot.breaks.Postponement;
import dev.unknot.knowledge.BreakExercise;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The break schedules of people whose front end comes and goes between requests (a web page that
 * asks every few seconds): one {@link BreakSchedule} per person, kept between requests and rebuilt
 * from the day's history each morning and after the settings change, so every tab and every request
 * of one person sees the same schedule. Each person's schedule is used by one request at a time;
 * every event goes through {@link Breaks#record}, as in the terminal. Thread-safe.
 */
public final class RunningBreaks {
    private final Breaks breaks;
    private final Clock clock;
    private final ConcurrentMap<String, Running> running = new ConcurrentHashMap<>();

    public RunningBreaks(Breaks breaks, Clock clock) {
        this.breaks = breaks;
        this.clock = clock;
    }

    public Breaks breaks() {
        return breaks;
    }

    /**
     * Where the person's schedule stands now, and the time away just counted as a break, if any.
     */
    public record Check(
            BreakSettings settings,
            BreakStatus status,
            Optional<BreakEvent> natural,
            Optional<Started> started,
            DaySummary today) {}

    /** A break the person started: when, which kind, and what it offers. */
    public record Started(Instant at, BreakKind kind, BreakOffer offer) {
        /** The ids of the exercises offered, in order (none while red flags rule). */
        public List<String> exerciseIds() {
            return offer instanceof BreakOffer.Exercises exercises
                    ? exercises.exercises().stream().map(BreakExercise::id).toList()
                    : List.of();
        }
    }

    /**
     * Tells the schedule the person has been away from the keyboard for {@code idle} (zero when the
     * front end cannot tell) and answers where it stands; time away long enough is recorded as a
     * break.
     */
    public Check check(String profile, Duration idle) {
        Running person = of(profile);
        synchronized (person) {
            Optional<BreakEvent> natural =
                    person.started.isPresent()
                            ? Optional.empty()
                            : person.schedule.idle(idle.isNegative() ? Duration.ZERO : idle);
            natural.ifPresent(event -> breaks.record(profile, event));
            BreakSettings settings = person.schedule.settings();
            return new Check(
                    settings,
                    person.schedule.status(),
                    natural,
                    person.started,
                    breaks.summary(profile, person.day, settings));
        }
    }

    /** The notice of the coming break was shown: it is not due again for this break. */
    public void noticeShown(String profile) {
        Running person = of(profile);
        synchronized (person) {
            person.schedule.noticeShown();
        }
    }

    /** Moves the due or announced break on, once; the postpone is recorded. */
    public Postponement postpone(String profile) {
        Running person = of(profile);
        synchronized (person) {
            Postponement postponement = person.schedule.postpone();
            if (postponement instanceof Postponement.Postponed postponed) {
                breaks.record(profile, postponed.event());
            }
            return postponement;
        }
    }

    /**
     * Says no to the due or announced break (recorded; nothing asks again for a whole interval), or
     * nothing when no break is due or announced.
     */
    public Optional<BreakEvent> skip(String profile) {
        Running person = of(profile);
        synchronized (person) {
            BreakStatus status = person.schedule.status();
            if (!(status instanceof BreakStatus.Due) && !(status instanceof BreakStatus.Notice)) {
                return Optional.empty();
            }
            BreakEvent skipped = person.schedule.skip();
            breaks.record(profile, skipped);
            person.started = Optional.empty();
            return Optional.of(skipped);
        }
    }

    /**
     * Starts a break now (the due one, or an early one of the kind coming next) with what it
     * offers: the exercises, or only the advice to get help while the person's answers rule
     * exercise out. A break already started goes on.
     */
    public Started start(String profile) {
        Running person = of(profile);
        synchronized (person) {
            if (person.started.isPresent()) {
                return person.started.get();
            }
            BreakKind kind = kindOf(person.schedule.status());
            Started started =
                    new Started(clock.instant(), kind, breaks.offer(profile, kind, person.number));
            person.started = Optional.of(started);
            return started;
        }
    }

    /**
     * Ends the started break as taken (recorded; the count starts again), or nothing was started.
     */
    public Optional<BreakEvent> done(String profile) {
        Running person = of(profile);
        synchronized (person) {
            if (person.started.isEmpty()) {
                return Optional.empty();
            }
            Started started = person.started.get();
            BreakEvent taken = person.schedule.taken(started.at(), started.exerciseIds());
            breaks.record(profile, taken);
            person.started = Optional.empty();
            person.number++;
            return Optional.of(taken);
        }
    }

    /** Nothing is due for {@code length}; a started break is dropped, unrecorded. */
    public void pauseFor(String profile, Duration length) {
        Running person = of(profile);
        synchronized (person) {
            person.schedule.pauseFor(length);
            person.started = Optional.empty();
        }
    }

    /** Nothing is due until the next working day starts. */
    public void pauseUntilTomorrow(String profile) {
        Running person = of(profile);
        synchronized (person) {
            person.schedule.pauseUntilTomorrow();
            person.started = Optional.empty();
        }
    }

    /** Ends a pause now. */
    public void resume(String profile) {
        Running person = of(profile);
        synchronized (person) {
            person.schedule.resume();
        }
    }

    /** Keeps new settings and starts the person's schedule again from them. */
    public BreakSettings save(String profile, BreakSettings settings) {
        BreakSettings saved = breaks.save(profile, settings);
        running.remove(profile);
        return saved;
    }

    /** The profiles whose schedule is kept now. */
    public java.util.Set<String> people() {
        return java.util.Set.copyOf(running.keySet());
    }

    /** The person's settings (the reviewed defaults until they change one). */
    public BreakSettings settings(String profile) {
        return breaks.settings(profile);
    }

    /** The summary of today so far. */
    public DaySummary today(String profile) {
        return breaks.summary(profile, breaks.today());
    }

    /**
     * The person's schedule for today; a new one (from today's history) is built outside the map's
     * lock, and when two requests build one at once the first to land is kept.
     */
    private Running of(String profile) {
        LocalDate today = breaks.today();
        Running known = running.get(profile);
        if (known != null && known.day.equals(today)) {
            return known;
        }
        // Yesterday's schedules are never asked for again: the first request of a person's day
        // drops them, so the map holds no more than the people with a page open today.
        running.values().removeIf(other -> !other.day.equals(today));
        BreakSchedule schedule = breaks.schedule(profile);
        Running fresh =
                new Running(
                        schedule,
                        today,
                        breaks.summary(profile, today, schedule.settings()).taken());
        return running.compute(
                profile,
                (name, current) -> current != null && current.day.equals(today) ? current : fresh);
    }

    private static BreakKind kindOf(BreakStatus status) {
        if (status instanceof BreakStatus.Due due) {
            return due.kind();
        }
        if (status instanceof BreakStatus.Notice notice) {
            return notice.kind();
        }
        if (status instanceof BreakStatus.Waiting waiting) {
            return waiting.kind();
        }
        return BreakKind.SHORT;
    }

    /** One person's schedule for one day, the day's break count and the break under way. */
    private static final class Running {
        final BreakSchedule schedule;
        final LocalDate day;
        int number;
        Optional<Started> started = Optional.empty();

        Running(BreakSchedule schedule, LocalDate day, int number) {
            this.schedule = schedule;
            this.day = day;
            this.number = number;
        }
    }
}
