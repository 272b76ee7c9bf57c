package dev.unknot.web;

import dev.unknot.breaks.BreakEvent;
import dev.unknot.care.PainPoint;
import dev.unknot.care.Review;
import dev.unknot.clinic.CareRecord;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.measure.Measures;
import dev.unknot.session.SessionLog;
import dev.unknot.session.StepResult;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person's record as their clinician reads it: the results of their assessments, the pain chart,
 * diary, guided sessions (steps stopped early named), questionnaires and advice with its review.
 * Newest first, in words.
 */
public record PatientView(
        long id,
        String name,
        String since,
        String verdict,
        List<String> dispositions,
        String painChart,
        String breakChart,
        List<String> diary,
        List<SessionRow> sessions,
        List<String> measures,
        List<ReviewRow> escalations,
        PlanView plan) {

    /** A guided session: when, how it went, and every step not done with what became of it. */
    public record SessionRow(String summary, List<String> stopped) {}

    /** Advice raised for the person, and whether a clinician has reviewed it. */
    public record ReviewRow(long id, String raised, String advice, String review, boolean seen) {}

    /** How many days the chart shows. */
    static final int CHART_DAYS = 28;

    static PatientView of(
            CareRecord record,
            KnowledgeBase knowledge,
            Measures measures,
            Clock clock,
            PlanView plan) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(CHART_DAYS - 1L);
        List<PainPoint> chart =
                record.diary().stream()
                        .filter(entry -> !entry.date().isBefore(from))
                        .map(
                                entry ->
                                        new PainPoint(
                                                entry.id(),
                                                entry.date(),
                                                entry.recordedAt(),
                                                entry.pain().points()))
                        .toList();
        return new PatientView(
                record.person().personId(),
                record.person().name(),
                Dates.day(record.person().linkedSince(), zone),
                "Follow-up: " + record.verdict().progress().status().words() + ".",
                newestFirst(
                        record.dispositions().stream()
                                .map(
                                        saved ->
                                                knowledge.text(saved.disposition()).label()
                                                        + " on "
                                                        + Dates.day(saved.at(), zone))
                                .toList()),
                PainSvg.chart(chart, from, today),
                PainSvg.breaks(movedPerDay(record.breaks(), zone), from, today),
                newestFirst(record.diary().stream().map(PatientView::entryWords).toList()),
                newestFirst(record.sessions().stream().map(s -> session(s, zone)).toList()),
                newestFirst(
                        record.measures().stream()
                                .map(
                                        stored ->
                                                DashboardView.measureWords(
                                                        stored.result(), measures))
                                .toList()),
                newestFirst(
                        record.escalations().stream()
                                .map(review -> review(review, knowledge, zone))
                                .toList()),
                plan);
    }

    /** Breaks that moved the person (taken or time away), day by day. */
    private static Map<LocalDate, Integer> movedPerDay(List<BreakEvent> breaks, ZoneId zone) {
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (BreakEvent event : breaks) {
            if (event.outcome().moved()) {
                perDay.merge(event.at().atZone(zone).toLocalDate(), 1, Integer::sum);
            }
        }
        return perDay;
    }

    static ReviewRow review(Review review, KnowledgeBase knowledge, ZoneId zone) {
        return new ReviewRow(
                review.escalationId(),
                Dates.day(review.raisedAt(), zone),
                review.escalation().name()
                        + " ("
                        + knowledge.text(review.escalation().disposition()).label()
                        + "): "
                        + review.escalation().advice(),
                review.seen()
                        .map(seen -> ConsentViews.seenWords(seen, zone))
                        .orElse("Not yet reviewed."),
                review.seen().isPresent());
    }

    private static String entryWords(DiaryEntry entry) {
        return Dates.day(entry.date())
                + ": pain "
                + entry.pain().points()
                + " out of 10"
                + (entry.hasSession() ? ", guided session" : "")
                + (entry.hasRedFlag() ? ", a safety question answered yes" : "")
                + (entry.note().isEmpty() ? "" : " — “" + entry.note() + "”");
    }

    private static SessionRow session(SessionLog session, ZoneId zone) {
        long minutes = Duration.between(session.startedAt(), session.endedAt()).toMinutes();
        String summary =
                Dates.moment(session.startedAt(), zone)
                        + ": "
                        + (session.finished() ? "finished" : "not finished")
                        + ", "
                        + minutes
                        + (minutes == 1 ? " minute" : " minutes")
                        + ", pain "
                        + session.painBefore().points()
                        + " before, "
                        + session.painAfter()
                                .map(pain -> pain.points() + " after")
                                .orElse("none given after");
        List<String> stopped = new ArrayList<>();
        for (SessionLog.StepLog step : session.steps()) {
            if (step.outcome() != StepResult.DONE) {
                stopped.add(
                        step.name()
                                + ": "
                                + (step.outcome() == StepResult.SKIPPED
                                        ? "stopped early, after " + step.seconds() + " s"
                                        : "not reached"));
            }
        }
        return new SessionRow(summary, stopped);
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> reversed = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(reversed);
        return reversed;
    }
}
