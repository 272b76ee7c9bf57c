package dev.unknot.cds;

import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.Escalation;
import dev.unknot.diary.FollowUp;
import dev.unknot.followup.MeasureService;
import dev.unknot.intake.Intake;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.DispositionText;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Source;
import dev.unknot.measure.Instrument;
import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.Measures;
import dev.unknot.measure.Outcome;
import dev.unknot.measure.Responses;
import dev.unknot.pathway.SavedAssessments;
import dev.unknot.record.PersonRecord;
import dev.unknot.triage.Reason;
import dev.unknot.triage.TriageResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The advice unknot's own rules give over a person's whole record, for a clinician's EHR: the
 * triage of the latest saved answers brought up to today by the diary ({@link
 * SavedAssessments#upToDate}, then {@code Triage} through the {@link Assessor}), the diary's
 * follow-up verdict ({@link FollowUp}) and the alert of the latest result of each outcome measure
 * ({@link MeasureService#raised}). No rule is written twice here: this class only reads a record
 * and puts the rules' answers into words. Stateless and thread-safe.
 */
public final class RecordAdvice {
    /** Said on every piece of advice, as the disclaimer says it on every page. */
    static final String NOT_A_DIAGNOSIS =
            "unknot gives self-care support for lower-back knots, not a diagnosis; the person's"
                    + " answers are their own.";

    private final KnowledgeBase knowledge;
    private final Assessor assessor;
    private final FollowUp followUp;
    private final Measures measures;
    private final Clock clock;

    public RecordAdvice(
            KnowledgeBase knowledge,
            Assessor assessor,
            FollowUpRules rules,
            Measures measures,
            Clock clock) {
        this.knowledge = knowledge;
        this.assessor = assessor;
        this.followUp = new FollowUp(rules);
        this.measures = measures;
        this.clock = clock;
    }

    /** Every piece of advice for {@code record}, the triage first, then the escalations. */
    public List<AdviceItem> advise(PersonRecord record) {
        LocalDate today = LocalDate.now(clock);
        List<AdviceItem> advice = new ArrayList<>();
        latest(record)
                .ifPresent(
                        saved -> {
                            Intake now =
                                    SavedAssessments.upToDate(
                                            saved, record.diary(), clock.getZone(), today);
                            advice.add(
                                    disposition(
                                            assessor.triage().triage(now),
                                            LocalDate.ofInstant(saved.at(), clock.getZone())));
                        });
        for (Escalation escalation : followUp(record.diary(), today)) {
            advice.add(escalation(escalation));
        }
        for (Escalation escalation : measureAlerts(record.measures())) {
            advice.add(escalation(escalation));
        }
        return List.copyOf(advice);
    }

    private static Optional<SavedAssessment> latest(PersonRecord record) {
        return record.assessments().stream().max(Comparator.comparing(SavedAssessment::at));
    }

    private List<Escalation> followUp(List<DiaryEntry> diary, LocalDate today) {
        Comparator<DiaryEntry> order =
                Comparator.comparing(DiaryEntry::date).thenComparing(DiaryEntry::recordedAt);
        Optional<DiaryEntry> first =
                diary.stream().filter(entry -> !entry.date().isAfter(today)).min(order);
        LocalDate from = followUp.windowStart(today);
        List<DiaryEntry> recent =
                diary.stream()
                        .filter(entry -> !entry.date().isBefore(from))
                        .filter(entry -> !entry.date().isAfter(today))
                        .toList();
        return followUp.verdict(first, recent, today).escalations();
    }

    /**
     * The latest result of each instrument decides: an old high-risk result a newer one replaced
     * raises nothing.
     */
    private List<Escalation> measureAlerts(List<MeasureLog> results) {
        Map<String, MeasureLog> latest = new LinkedHashMap<>();
        results.stream()
                .sorted(
                        Comparator.comparing(MeasureLog::takenOn)
                                .thenComparing(MeasureLog::recordedAt))
                .forEach(result -> latest.put(result.instrument(), result));
        List<Escalation> raised = new ArrayList<>();
        for (MeasureLog result : latest.values()) {
            Optional<Instrument> instrument = measures.find(result.instrument());
            if (instrument.isEmpty()) {
                continue;
            }
            Outcome outcome;
            try {
                outcome = instrument.get().score(Responses.parse(result.responses()));
            } catch (RuntimeException unreadable) {
                continue; // answers that do not score raise nothing; the reader said what it
                // skipped
            }
            if (outcome instanceof Outcome.Scored scored) {
                MeasureService.raised(instrument.get(), scored, result.takenOn())
                        .ifPresent(raised::add);
            }
        }
        return raised;
    }

    private AdviceItem disposition(TriageResult result, LocalDate savedOn) {
        Disposition disposition = result.disposition();
        DispositionText text = knowledge.text(disposition);
        StringBuilder detail = new StringBuilder();
        // The disposition's action speaks to the person about "the plan below"; a card in the
        // clinician's EHR carries the headline as its summary and the reasons here instead.
        detail.append("From the person's answers of ").append(savedOn);
        detail.append(", brought up to today by their diary.\n\n");
        List<String> sourceIds = new ArrayList<>();
        for (Reason reason : result.reasons()) {
            detail.append("- **")
                    .append(reason.rule().name())
                    .append("**: ")
                    .append(reason.advice())
                    .append(" (rule ")
                    .append(reason.ruleId())
                    .append(")\n");
            sourceIds.addAll(reason.sources());
        }
        if (disposition == Disposition.INCOMPLETE) {
            detail.append("Some questions the safety rules need are still unanswered.\n");
        }
        detail.append("\n").append(NOT_A_DIAGNOSIS);
        if (sourceIds.isEmpty()) {
            sourceIds.addAll(knowledge.rules().get(0).sources());
        }
        Source source = source(sourceIds);
        String rule = result.reasons().isEmpty() ? "" : result.reasons().get(0).ruleId();
        return new AdviceItem(
                AdviceItem.Kind.DISPOSITION,
                disposition,
                text.headline(),
                detail.toString(),
                rule,
                source.shortTitle(),
                source.address());
    }

    private AdviceItem escalation(Escalation escalation) {
        String detail =
                escalation.advice()
                        + "\n\nWhat the record shows: "
                        + escalation.detail()
                        + " (rule "
                        + escalation.rule()
                        + ")\n\n"
                        + NOT_A_DIAGNOSIS;
        Source source = source(escalation.sources());
        return new AdviceItem(
                AdviceItem.Kind.ESCALATION,
                escalation.disposition(),
                escalation.name(),
                detail,
                escalation.rule(),
                source.shortTitle(),
                source.address());
    }

    /**
     * The source a card names: the first the rule cites that has a public address (an EHR links
     * it), otherwise the first it cites. The loader checks every cited id exists.
     */
    private Source source(List<String> ids) {
        List<Source> cited = ids.stream().map(knowledge::source).flatMap(Optional::stream).toList();
        return cited.stream()
                .filter(source -> source.address().isPresent())
                .findFirst()
                .orElseGet(() -> cited.get(0));
    }
}
