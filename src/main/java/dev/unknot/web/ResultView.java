package dev.unknot.web;

import dev.unknot.assessment.Assessment;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.DispositionText;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Source;
import dev.unknot.plan.CarePlan;
import dev.unknot.plan.LikelyMuscle;
import dev.unknot.plan.PlanStep;
import dev.unknot.triage.Reason;
import dev.unknot.workstation.HabitLinks;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The result page's content: the assessment as the core made it, with the words for each part, and
 * when a description in the person's own words was an emergency by itself, what was understood from
 * it ({@code fromWords}: the words behind the emergency and a way to take them back), and what the
 * visitor's latest workstation check says under the prevention habits ({@code workstation}).
 */
public record ResultView(
        Assessment assessment,
        DispositionText text,
        List<String> unansweredPrompts,
        List<Source> sources,
        Optional<String> continueQuery,
        Optional<UnderstoodView> fromWords,
        Map<String, String> answered,
        Map<Disposition, String> labels,
        HabitLinks workstation) {

    public ResultView {
        unansweredPrompts = List.copyOf(unansweredPrompts);
        sources = List.copyOf(sources);
        answered = Map.copyOf(answered);
        labels = Map.copyOf(labels);
    }

    static ResultView of(Assessment assessment, KnowledgeBase knowledge, WizardFlow flow) {
        return of(assessment, knowledge, flow, Optional.empty());
    }

    static ResultView of(
            Assessment assessment,
            KnowledgeBase knowledge,
            WizardFlow flow,
            Optional<UnderstoodView> fromWords) {
        List<Question> open = assessment.triage().unanswered();
        Set<String> cited = new LinkedHashSet<>();
        assessment.triage().reasons().forEach(reason -> cited.addAll(reason.sources()));
        assessment.muscles().forEach(muscle -> cited.addAll(muscle.sources()));
        assessment
                .plan()
                .ifPresent(
                        plan -> {
                            plan.limits().forEach(item -> cited.addAll(item.sources()));
                            plan.steps().forEach(step -> cited.addAll(step.sources()));
                            plan.notes().forEach(item -> cited.addAll(item.sources()));
                            plan.afterCare().forEach(item -> cited.addAll(item.sources()));
                            plan.stopSigns().forEach(sign -> cited.addAll(sign.sources()));
                            plan.prevention()
                                    .forEach(habit -> cited.addAll(habit.habit().sources()));
                            plan.generalAdvice()
                                    .entries()
                                    .forEach(entry -> cited.addAll(entry.sources()));
                        });
        List<Source> sources =
                cited.stream().map(knowledge::source).flatMap(Optional::stream).toList();
        Optional<String> resume =
                open.isEmpty() || assessment.triage().disposition().isImmediate()
                        ? Optional.empty()
                        : Optional.of(flow.wizard(assessment.intake(), open).query());
        return new ResultView(
                assessment,
                knowledge.text(assessment.triage().disposition()),
                open.stream().map(question -> flow.question(question).prompt()).toList(),
                sources,
                resume,
                fromWords,
                answered(assessment, knowledge),
                java.util.Arrays.stream(Disposition.values())
                        .collect(
                                java.util.stream.Collectors.toMap(
                                        disposition -> disposition,
                                        disposition -> knowledge.text(disposition).label())),
                HabitLinks.NONE);
    }

    /**
     * The same page with what the visitor's latest workstation check says under the plan's
     * prevention habits.
     */
    ResultView withWorkstation(HabitLinks links) {
        return new ResultView(
                assessment,
                text,
                unansweredPrompts,
                sources,
                continueQuery,
                fromWords,
                answered,
                labels,
                links);
    }

    /** What a reason's rule asks of the person, in words ("See a clinician"). */
    public String label(Reason reason) {
        return labels.get(reason.rule().disposition());
    }

    /** By rule id, the answers that fired it in plain words: "fever or chills". */
    private static Map<String, String> answered(Assessment assessment, KnowledgeBase knowledge) {
        Map<String, String> answered = new LinkedHashMap<>();
        for (Reason reason : assessment.triage().reasons()) {
            answered.put(
                    reason.ruleId(),
                    reason.answers().stream()
                            .map(
                                    question ->
                                            knowledge.said(
                                                    question,
                                                    assessment.intake().answers().get(question)))
                            .collect(java.util.stream.Collectors.joining(" and ")));
        }
        return answered;
    }

    /** The answers that fired {@code reason}, in plain words. */
    public String answered(Reason reason) {
        return answered.get(reason.ruleId());
    }

    /** The answers, encoded as the wizard carries them, for links that go on from this result. */
    public String answers() {
        return WizardState.encode(assessment.intake());
    }

    /** The likely muscles drawn on the lower back, on the person's side (SVG markup). */
    public String bodyMap() {
        return BodyMap.muscles(
                muscles(), assessment.intake().side().value().orElse(dev.unknot.intake.Side.BOTH));
    }

    /** The sources behind one item, as people see them (by title), in the order it cites them. */
    public List<Source> cited(List<String> ids) {
        return ids.stream()
                .flatMap(id -> sources.stream().filter(source -> source.id().equals(id)))
                .toList();
    }

    public Disposition disposition() {
        return assessment.triage().disposition();
    }

    /** The banner's CSS class, e.g. {@code banner-emergency}. */
    public String bannerClass() {
        return "banner banner-" + disposition().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean isEmergency() {
        return disposition() == Disposition.EMERGENCY;
    }

    public boolean isUrgent() {
        return disposition() == Disposition.URGENT;
    }

    public List<Reason> reasons() {
        return assessment.triage().reasons();
    }

    public List<LikelyMuscle> muscles() {
        return assessment.muscles();
    }

    /** Why these muscles, each reason once: the muscles of one region share theirs. */
    public List<MuscleReason> muscleReasons() {
        Map<String, Set<String>> sourcesByWhy = new LinkedHashMap<>();
        for (LikelyMuscle muscle : assessment.muscles()) {
            sourcesByWhy
                    .computeIfAbsent(muscle.why(), why -> new LinkedHashSet<>())
                    .addAll(muscle.sources());
        }
        return sourcesByWhy.entrySet().stream()
                .map(entry -> new MuscleReason(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }

    public record MuscleReason(String why, List<String> sources) {}

    public Optional<CarePlan> plan() {
        return assessment.plan();
    }

    public List<PlanStep> steps() {
        return assessment.plan().map(CarePlan::steps).orElse(List.of());
    }
}
