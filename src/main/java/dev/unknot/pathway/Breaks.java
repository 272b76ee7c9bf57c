package dev.unknot.pathway;

import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakExercises;
import dev.unknot.breaks.BreakKind;
import dev.unknot.breaks.BreakOffer;
import dev.unknot.breaks.BreakSchedule;
import dev.unknot.breaks.BreakSettings;
import dev.unknot.breaks.DaySummary;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.knowledge.BreakKnowledge;
import dev.unknot.knowledge.DispositionText;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.person.Person;
import dev.unknot.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Movement breaks as every front end uses them: a person's settings (the reviewed defaults until
 * they change one), a schedule to run, what a break offers, the history and the day's summary.
 * Whatever rules a guided session out ({@link GuidedSessions#refusal}) rules out break exercises
 * too: the break then offers only the advice to get help. Thread-safe.
 */
public final class Breaks {
    private final Database database;
    private final KnowledgeBase knowledge;
    private final BreakKnowledge breaks;
    private final BreakExercises exercises;
    private final GuidedSessions sessions;
    private final Clock clock;

    public Breaks(
            Database database,
            KnowledgeBase knowledge,
            BreakKnowledge breaks,
            GuidedSessions sessions,
            Clock clock) {
        this.database = database;
        this.knowledge = knowledge;
        this.breaks = breaks;
        this.exercises = new BreakExercises(breaks);
        this.sessions = sessions;
        this.clock = clock;
    }

    public BreakKnowledge knowledge() {
        return breaks;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The person's settings, or the defaults when they have set none. */
    public BreakSettings settings(String profile) {
        return database.inTransaction(
                tx ->
                        tx.people()
                                .find(Person.checkName(profile))
                                .flatMap(person -> tx.breakSettings().find(person.id()))
                                .orElseGet(() -> BreakSettings.defaults(breaks)));
    }

    /** Keeps {@code settings} for the person once every number is in its allowed range. */
    public BreakSettings save(String profile, BreakSettings settings) {
        settings.checked(breaks);
        return database.inTransaction(
                tx -> {
                    long id =
                            tx.people()
                                    .findOrCreate(Person.checkName(profile), clock.instant())
                                    .id();
                    tx.breakSettings().save(id, settings, clock.instant());
                    return settings;
                });
    }

    /**
     * A schedule for the person's settings, counting from the end of today's last break (taken or
     * time away), or from now.
     */
    public BreakSchedule schedule(String profile) {
        BreakSettings settings = settings(profile);
        Instant now = clock.instant();
        Optional<Instant> lastBreakEnd =
                day(profile, today()).stream()
                        .filter(
                                event ->
                                        event.outcome().moved()
                                                || event.outcome()
                                                        == dev.unknot.breaks.BreakOutcome.SKIPPED)
                        .map(event -> event.at().plusSeconds(event.seconds()))
                        .filter(end -> !end.isAfter(now))
                        .max(Instant::compareTo);
        return new BreakSchedule(settings, clock, lastBreakEnd.orElse(now));
    }

    /** Adds an event to the history (an event already there is not added twice). */
    public void record(String profile, BreakEvent event) {
        database.inTransaction(
                tx -> {
                    long id =
                            tx.people()
                                    .findOrCreate(Person.checkName(profile), clock.instant())
                                    .id();
                    boolean known =
                            tx
                                    .breakLog()
                                    .between(id, event.at(), event.at().plusNanos(1000))
                                    .stream()
                                    .anyMatch(stored -> stored.outcome() == event.outcome());
                    if (!known) {
                        tx.breakLog().append(id, event);
                    }
                    return null;
                });
    }

    /**
     * What break number {@code number} of the day offers: one or two exercises (the current plan's
     * first), or only the advice to get help while the person's answers rule exercise out.
     */
    public BreakOffer offer(String profile, BreakKind kind, int number) {
        Optional<DispositionText> refused =
                sessions.refusal(Person.checkName(profile), Optional.empty())
                        .map(result -> knowledge.text(result.triage().disposition()));
        if (refused.isPresent()) {
            return new BreakOffer.GetHelp(refused.get().headline(), refused.get().action());
        }
        Optional<ExercisePlan> plan =
                database.inTransaction(
                        tx ->
                                tx.people()
                                        .find(profile)
                                        .flatMap(person -> tx.plans().current(person.id())));
        return exercises.offer(kind, number, settings(profile).place(), plan);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The events of one day, oldest first. */
    public List<BreakEvent> day(String profile, LocalDate date) {
        return history(profile, date, date);
    }

    /** The events from {@code from} to {@code to}, both days included, oldest first. */
    public List<BreakEvent> history(String profile, LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        return database.inTransaction(
                tx ->
                        tx.people()
                                .find(Person.checkName(profile))
                                .map(
                                        person ->
                                                tx.breakLog()
                                                        .between(
                                                                person.id(),
                                                                from.atStartOfDay(zone).toInstant(),
                                                                to.plusDays(1)
                                                                        .atStartOfDay(zone)
                                                                        .toInstant()))
                                .orElse(List.of()));
    }

    /** The summary of {@code date}, as it stands now. */
    public DaySummary summary(String profile, LocalDate date) {
        return summary(profile, date, settings(profile));
    }

    /** The summary of {@code date} as it stands now, under {@code settings} already at hand. */
    public DaySummary summary(String profile, LocalDate date, BreakSettings settings) {
        return DaySummary.of(
                date, day(profile, date), settings.hours(), clock.instant(), clock.getZone());
    }

    /** Breaks that moved the person (taken or time away), day by day, for the trend. */
    public Map<LocalDate, Integer> movedPerDay(String profile, LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
        for (BreakEvent event : history(profile, from, to)) {
            if (event.outcome().moved()) {
                perDay.merge(event.at().atZone(clock.getZone()).toLocalDate(), 1, Integer::sum);
            }
        }
        return perDay;
    }
}
