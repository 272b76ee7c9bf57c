package dev.unknot.clinic;

import dev.unknot.care.CarePerson;
import dev.unknot.care.Clinician;
import dev.unknot.care.DatedDisposition;
import dev.unknot.care.PainPoint;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.FollowUp;
import dev.unknot.diary.Progress;
import dev.unknot.intake.Pain;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.measure.MeasureLog;
import dev.unknot.store.CareRoster;
import dev.unknot.store.Handle;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the clinician's list of people from a handful of set-based queries ({@link CareRoster}),
 * whatever the number of people: the summaries, the follow-up verdict of each person's diary and
 * the flags. Stateless and thread-safe.
 */
final class Dashboard {
    private final FollowUp followUp;
    private final FollowUpRules rules;
    private final ScheduledSessions schedule;
    private final CareSettings settings;
    private final Clock clock;

    Dashboard(FollowUpRules rules, ScheduledSessions schedule, CareSettings settings, Clock clock) {
        this.followUp = new FollowUp(rules);
        this.rules = rules;
        this.schedule = schedule;
        this.settings = settings;
        this.clock = clock;
    }

    List<RosterLine> lines(Handle tx, Clinician who) {
        long id = who.personId();
        List<CarePerson> people = tx.care().roster(id);
        if (people.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate trendFrom = today.minusDays(settings.trendDays() - 1L);
        LocalDate windowStart = followUp.windowStart(today);
        LocalDate from = windowStart.isBefore(trendFrom) ? windowStart : trendFrom;
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ZoneId zone = clock.getZone();
        CareRoster roster = tx.roster();
        Map<Long, DatedDisposition> dispositions = roster.latestDispositions(id);
        Map<Long, List<PainPoint>> pain = roster.painSince(id, from);
        Map<Long, PainPoint> first = roster.firstPain(id);
        Map<Long, PainPoint> latest = roster.latestPain(id);
        Map<Long, Integer> sessions =
                roster.sessionsSince(id, monday.atStartOfDay(zone).toInstant());
        Map<Long, Map<Disposition, Integer>> unreviewed = roster.unreviewed(id);
        Map<Long, List<MeasureLog>> measures = roster.latestMeasures(id);
        Set<Long> ids = people.stream().map(CarePerson::personId).collect(Collectors.toSet());
        Map<Long, Integer> scheduled = schedule.scheduled(ids, monday);

        List<RosterLine> lines = new ArrayList<>();
        for (CarePerson person : people) {
            long personId = person.personId();
            List<PainPoint> recent = pain.getOrDefault(personId, List.of());
            Optional<DatedDisposition> disposition =
                    Optional.ofNullable(dispositions.get(personId));
            Optional<PainPoint> last = Optional.ofNullable(latest.get(personId));
            FollowUp.Verdict verdict =
                    followUp.verdict(
                            Optional.ofNullable(first.get(personId)).map(Dashboard::entry),
                            recent.stream()
                                    .filter(point -> !point.date().isBefore(windowStart))
                                    .map(Dashboard::entry)
                                    .toList(),
                            today);
            lines.add(
                    new RosterLine(
                            person,
                            disposition,
                            last,
                            recent.stream()
                                    .filter(point -> !point.date().isBefore(trendFrom))
                                    .toList(),
                            new Adherence(
                                    sessions.getOrDefault(personId, 0),
                                    Optional.ofNullable(scheduled.get(personId))),
                            measures.getOrDefault(personId, List.of()),
                            flags(
                                    disposition,
                                    unreviewed.getOrDefault(personId, Map.of()),
                                    verdict,
                                    last,
                                    today)));
        }
        lines.sort(
                Comparator.comparingInt(RosterLine::severity)
                        .reversed()
                        .thenComparing(line -> line.person().name()));
        return lines;
    }

    /** Today's follow-up verdict on one person's diary. */
    FollowUp.Verdict verdict(Handle tx, long personId) {
        LocalDate today = LocalDate.now(clock);
        return followUp.verdict(
                tx.diary().first(personId),
                tx.diary().since(personId, followUp.windowStart(today)),
                today);
    }

    private List<Flagged> flags(
            Optional<DatedDisposition> disposition,
            Map<Disposition, Integer> unreviewed,
            FollowUp.Verdict verdict,
            Optional<PainPoint> last,
            LocalDate today) {
        List<Flagged> flags = new ArrayList<>();
        if (disposition.isPresent() && disposition.get().disposition().isImmediate()) {
            flags.add(
                    new Flagged(
                            Flag.RED_FLAG,
                            "Red flag: the latest assessment says "
                                    + immediate(disposition.get().disposition())));
        } else {
            unreviewed.keySet().stream()
                    .filter(Disposition::isImmediate)
                    .max(Comparator.comparingInt(Disposition::severity))
                    .ifPresent(
                            worst ->
                                    flags.add(
                                            new Flagged(
                                                    Flag.RED_FLAG,
                                                    "Red flag: "
                                                            + immediate(worst)
                                                            + " advice not yet reviewed")));
        }
        int waiting = unreviewed.values().stream().mapToInt(Integer::intValue).sum();
        if (waiting > 0) {
            flags.add(
                    new Flagged(
                            Flag.NOT_REVIEWED,
                            waiting == 1
                                    ? "1 piece of advice not yet reviewed"
                                    : waiting + " pieces of advice not yet reviewed"));
        }
        boolean worse =
                verdict.progress().status() == Progress.Status.WORSE
                        || verdict.escalations().stream()
                                .anyMatch(raised -> raised.rule().equals(rules.worsening().id()));
        if (worse) {
            flags.add(new Flagged(Flag.PAIN_UP, "Pain is up"));
        }
        if (last.isEmpty()) {
            flags.add(new Flagged(Flag.NO_DIARY, "No diary entry yet"));
        } else if (last.get().date().isBefore(today.minusDays(settings.quietDays() - 1L))) {
            flags.add(
                    new Flagged(
                            Flag.NO_DIARY,
                            "No diary entry for " + settings.quietDays() + " days or more"));
        }
        return flags;
    }

    private static String immediate(Disposition disposition) {
        return disposition == Disposition.EMERGENCY ? "emergency" : "urgent";
    }

    private static DiaryEntry entry(PainPoint point) {
        return new DiaryEntry(
                point.entryId(),
                point.date(),
                point.recordedAt(),
                new Pain(point.pain()),
                Set.of(),
                "",
                Map.of(),
                Optional.empty());
    }
}
