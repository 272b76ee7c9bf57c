package dev.unknot.web;

import dev.unknot.care.Clinician;
import dev.unknot.care.PainPoint;
import dev.unknot.clinic.Flagged;
import dev.unknot.clinic.RosterLine;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.Measures;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The clinician's list of people: each person's summary and flags, most in need first. */
public record DashboardView(String clinician, String clinic, List<Line> lines) {
    public DashboardView {
        lines = List.copyOf(lines);
    }

    /** One person's line, in words; the sparkline is SVG made on the server. */
    public record Line(
            long id,
            String name,
            String disposition,
            String lastEntry,
            String sparkline,
            String adherence,
            List<String> measures,
            List<Flagged> flags) {}

    static DashboardView of(
            Clinician clinician,
            List<RosterLine> roster,
            KnowledgeBase knowledge,
            Measures measures,
            int trendDays,
            Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(trendDays - 1L);
        return new DashboardView(
                clinician.displayName(),
                clinician.clinic().name(),
                roster.stream()
                        .map(
                                line ->
                                        new Line(
                                                line.person().personId(),
                                                line.person().name(),
                                                line.disposition()
                                                        .map(
                                                                saved ->
                                                                        knowledge
                                                                                        .text(
                                                                                                saved
                                                                                                        .disposition())
                                                                                        .label()
                                                                                + " ("
                                                                                + Dates.day(
                                                                                        saved.at(),
                                                                                        clock
                                                                                                .getZone())
                                                                                + ")")
                                                        .orElse("No assessment saved"),
                                                line.lastEntry()
                                                        .map(DashboardView::entryWords)
                                                        .orElse("No diary entry yet"),
                                                PainSvg.sparkline(line.pain(), from, today),
                                                line.adherence().words(),
                                                line.measures().stream()
                                                        .map(
                                                                result ->
                                                                        measureWords(
                                                                                result, measures))
                                                        .toList(),
                                                line.flags()))
                        .toList());
    }

    static String entryWords(PainPoint point) {
        return Dates.day(point.date()) + ", pain " + point.pain() + " out of 10";
    }

    static String measureWords(MeasureLog result, Measures measures) {
        String name =
                measures.find(result.instrument())
                        .map(instrument -> instrument.shortName())
                        .orElse("Questionnaire");
        return name
                + ": "
                + result.score()
                + (result.band().isEmpty() ? "" : " (" + result.band() + ")")
                + " on "
                + Dates.day(result.takenOn());
    }
}
