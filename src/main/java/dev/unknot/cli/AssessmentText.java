package dev.unknot.cli;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Understood;
import dev.unknot.intake.Cause;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.Advice;
import dev.unknot.knowledge.AdviceTopic;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.DispositionText;
import dev.unknot.knowledge.GeneralAdvice;
import dev.unknot.knowledge.HelpLine;
import dev.unknot.knowledge.HelpOption;
import dev.unknot.knowledge.HelpRegion;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Source;
import dev.unknot.knowledge.StopSign;
import dev.unknot.plan.CarePlan;
import dev.unknot.plan.LikelyMuscle;
import dev.unknot.plan.Phase;
import dev.unknot.plan.PlanStep;
import dev.unknot.plan.Prevention;
import dev.unknot.triage.Reason;
import dev.unknot.workstation.Change;
import dev.unknot.workstation.HabitLinks;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders an assessment for a person reading a terminal: the disposition as a headline that cannot
 * be missed, then the reasons, the likely muscles, the plan and the sources, and the disclaimer.
 */
final class AssessmentText {
    private static final String RULE = "=".repeat(72);

    private final KnowledgeBase knowledge;
    private final Style style;
    private final HelpRegion region;
    private final dev.unknot.knowledge.WizardQuestion causeWords;
    private final HabitLinks workstation;

    AssessmentText(KnowledgeBase knowledge, Style style, HelpRegion region) {
        this(knowledge, style, region, HabitLinks.NONE);
    }

    private AssessmentText(
            KnowledgeBase knowledge, Style style, HelpRegion region, HabitLinks workstation) {
        this.workstation = workstation;
        this.knowledge = knowledge;
        this.style = style;
        this.region = region;
        this.causeWords =
                knowledge.questions().stream()
                        .filter(question -> question.question() == Question.CAUSES)
                        .findFirst()
                        .orElseThrow();
    }

    /** The same text with what the latest workstation check says under the prevention habits. */
    AssessmentText withWorkstation(HabitLinks links) {
        return new AssessmentText(knowledge, style, region, links);
    }

    String render(Assessment assessment) {
        return render(assessment, Optional.empty());
    }

    /**
     * The assessment, and when it was read from free text, what was understood from the person's
     * words, in plain words: for an emergency in the words themselves, the words behind it at once.
     */
    String render(Assessment assessment, Optional<Understood> understood) {
        StringBuilder out = new StringBuilder();
        Set<String> cited = new LinkedHashSet<>();
        headline(out, assessment.triage().disposition());
        out.append(style.dim(knowledge.disclaimer())).append('\n');
        understood.filter(Understood::isEmergency).ifPresent(words -> emergencyFrom(out, words));
        reasons(out, assessment, cited);
        unanswered(out, assessment.triage());
        understood.filter(words -> !words.isEmergency()).ifPresent(words -> understood(out, words));
        muscles(out, assessment.muscles(), cited);
        assessment.plan().ifPresent(plan -> plan(out, plan, cited));
        sources(out, cited);
        return out.toString();
    }

    void headline(StringBuilder out, Disposition disposition) {
        DispositionText text = knowledge.text(disposition);
        String banner =
                switch (disposition) {
                    case EMERGENCY -> style.red(" !!! " + text.headline() + " !!! ");
                    case URGENT -> style.red(" ! " + text.headline() + " ! ");
                    case SEE_CLINICIAN, INCOMPLETE -> style.yellow(" " + text.headline() + " ");
                    case SELF_CARE -> style.green(" " + text.headline() + " ");
                };
        out.append(RULE).append('\n').append(banner).append('\n').append(RULE).append('\n');
        // the region's own number first, as the web result's call button does
        switch (disposition) {
            case EMERGENCY -> out.append(style.red(callLine(region.emergency()))).append('\n');
            case URGENT -> out.append(style.red(callLine(region.urgent()))).append('\n');
            default -> {}
        }
        out.append(text.action()).append('\n');
    }

    private static String callLine(HelpLine line) {
        return line.hasLink() ? line.say() + " (" + line.link() + ")" : line.say();
    }

    private void reasons(StringBuilder out, Assessment assessment, Set<String> cited) {
        List<Reason> reasons = assessment.triage().reasons();
        if (reasons.isEmpty()) {
            return;
        }
        out.append('\n').append(style.bold("Why")).append('\n');
        for (Reason reason : reasons) {
            out.append("  - ")
                    .append(reason.ruleId())
                    .append(' ')
                    .append(reason.rule().name())
                    .append(": ")
                    .append(
                            knowledge
                                    .text(reason.rule().disposition())
                                    .label()
                                    .toLowerCase(java.util.Locale.ROOT))
                    .append(" (")
                    .append(reason.rule().concern())
                    .append(")\n");
            out.append("    you said: ").append(answered(reason, assessment.intake())).append('\n');
            out.append("    ")
                    .append(reason.advice())
                    .append(' ')
                    .append(cite(reason.sources(), cited))
                    .append('\n');
        }
    }

    /** The answers that fired a rule, in plain words: "fever or chills and age 55". */
    private String answered(Reason reason, Intake intake) {
        return reason.answers().stream()
                .map(question -> knowledge.said(question, intake.answers().get(question)))
                .collect(Collectors.joining(" and "));
    }

    private void unanswered(StringBuilder out, dev.unknot.triage.TriageResult triage) {
        List<Question> unanswered = triage.unanswered();
        if (unanswered.isEmpty()) {
            return;
        }
        if (triage.disposition().isImmediate()) {
            // The person must act now; a long list of open questions would only distract.
            out.append('\n')
                    .append(unanswered.size())
                    .append(
                            " other questions are still open; they do not change what to do now.\n");
            return;
        }
        out.append('\n')
                .append(style.bold("Still unanswered"))
                .append(" (never taken as \"no\"):\n");
        Map<Question, String> prompts =
                knowledge.questions().stream()
                        .collect(Collectors.toMap(q -> q.question(), q -> q.prompt()));
        for (Question question : unanswered) {
            out.append("  - ").append(prompts.get(question)).append('\n');
        }
    }

    /** The words that make the reading an emergency, in plain words and as the person put them. */
    private void emergencyFrom(StringBuilder out, Understood understood) {
        out.append('\n').append(style.bold("From your words")).append('\n');
        for (Understood.Settled answer : understood.triggers()) {
            out.append("  - ").append(said(answer)).append('\n');
        }
    }

    /** What the person's words settled and left open, in plain words, never as codes. */
    private void understood(StringBuilder out, Understood understood) {
        out.append('\n').append(style.bold("From your words")).append('\n');
        if (understood.settled().isEmpty()) {
            out.append("  nothing I could be sure of; please answer the questions instead\n");
        }
        for (Understood.Settled answer : understood.settled()) {
            out.append("  - ").append(said(answer)).append('\n');
        }
        for (Understood.Open open : understood.open()) {
            out.append("  - left open: ")
                    .append(open.prompt())
                    .append("  (\"")
                    .append(open.words())
                    .append(
                            understood.notMeant().contains(open.question())
                                    ? "\": not what you meant)"
                                    : "\")")
                    .append('\n');
        }
    }

    /**
     * An answer in plain words with the person's words behind it: {@code no fever ("denies
     * fever")}.
     */
    static String said(Understood.Settled answer) {
        return answer.words().isEmpty()
                ? answer.said()
                : answer.said() + "  (\"" + answer.words() + "\")";
    }

    private void muscles(StringBuilder out, List<LikelyMuscle> muscles, Set<String> cited) {
        if (muscles.isEmpty()) {
            return;
        }
        out.append('\n').append(style.bold("Likely muscles")).append('\n');
        String lastWhy = "";
        for (LikelyMuscle muscle : muscles) {
            out.append("  - ")
                    .append(muscle.muscle().name())
                    .append(": ")
                    .append(muscle.muscle().where())
                    .append('\n');
            if (!muscle.why().equals(lastWhy)) {
                out.append("    why: ")
                        .append(muscle.why())
                        .append(' ')
                        .append(cite(muscle.sources(), cited))
                        .append('\n');
                lastWhy = muscle.why();
            }
        }
    }

    private void plan(StringBuilder out, CarePlan plan, Set<String> cited) {
        out.append('\n')
                .append(style.bold("Your self-care plan"))
                .append(" (")
                .append(
                        plan.phase() == Phase.ACUTE
                                ? "first 48 hours: cold, not heat"
                                : "after the first 48 hours")
                .append(")\n");
        for (Advice limit : plan.limits()) {
            out.append("  ")
                    .append(style.yellow(" NOTE "))
                    .append(' ')
                    .append(limit.text())
                    .append(' ')
                    .append(cite(limit.sources(), cited))
                    .append('\n');
        }
        int number = 1;
        for (PlanStep step : plan.steps()) {
            out.append(
                    String.format(
                            "  %d. %s: %s %s%n",
                            number++,
                            step.name(),
                            step.dose().describe(),
                            cite(step.sources(), cited)));
            if (!step.forMuscles().isEmpty()) {
                out.append("     for: ").append(String.join(", ", step.forMuscles())).append('\n');
            }
            step.instructions().forEach(line -> out.append("     - ").append(line).append('\n'));
            step.cautions().forEach(line -> out.append("     ! ").append(line).append('\n'));
        }
        for (Advice note : plan.notes()) {
            out.append("  * ")
                    .append(note.text())
                    .append(' ')
                    .append(cite(note.sources(), cited))
                    .append('\n');
        }
        out.append('\n').append(style.bold("After the session")).append('\n');
        plan.afterCare()
                .forEach(
                        item ->
                                out.append("  - ")
                                        .append(item.text())
                                        .append(' ')
                                        .append(cite(item.sources(), cited))
                                        .append('\n'));
        out.append('\n').append(style.bold("Stop at once and get help if you notice")).append('\n');
        for (StopSign sign : plan.stopSigns()) {
            out.append("  - ")
                    .append(sign.text())
                    .append(' ')
                    .append(cite(sign.sources(), cited))
                    .append('\n');
        }
        out.append('\n').append(style.bold("To keep it from coming back")).append('\n');
        for (Prevention prevention : plan.prevention()) {
            out.append("  - ").append(prevention.habit().text());
            if (!prevention.because().isEmpty()) {
                out.append(" (because you named ")
                        .append(
                                prevention.because().stream()
                                        .map(this::named)
                                        .sorted()
                                        .collect(Collectors.joining(", ")))
                        .append(')');
            }
            out.append(' ').append(cite(prevention.habit().sources(), cited)).append('\n');
            for (Change change : workstation.changesFor(prevention.habit().id())) {
                out.append("      ")
                        .append(change.planWords())
                        .append(' ')
                        .append(cite(change.sources().stream().map(Source::id).toList(), cited))
                        .append('\n');
            }
        }
        generalAdvice(out, plan.generalAdvice(), cited);
    }

    /** What trusted advice also says, then where to get help (general-advice.yaml). */
    private void generalAdvice(StringBuilder out, GeneralAdvice advice, Set<String> cited) {
        out.append('\n').append(style.bold("What else helps")).append('\n');
        for (AdviceTopic topic : advice.topics()) {
            out.append("  ").append(topic.heading()).append('\n');
            for (Advice point : topic.points()) {
                out.append("  - ")
                        .append(point.text())
                        .append(' ')
                        .append(cite(point.sources(), cited))
                        .append('\n');
            }
        }
        out.append('\n').append(style.bold("Where to get help")).append('\n');
        for (HelpOption option : advice.help()) {
            out.append("  - ")
                    .append(option.who())
                    .append(": ")
                    .append(option.when())
                    .append(' ')
                    .append(cite(option.sources(), cited))
                    .append('\n');
        }
    }

    /** A cause the person named, in the words they chose it by ("a lot of sitting"). */
    private String named(Cause cause) {
        return causeWords.choices().get(cause.code());
    }

    private void sources(StringBuilder out, Set<String> cited) {
        if (cited.isEmpty()) {
            return;
        }
        out.append('\n').append(style.bold("Sources")).append('\n');
        for (String id : new java.util.TreeSet<>(cited)) {
            knowledge
                    .source(id)
                    .ifPresent(
                            source ->
                                    out.append("  [")
                                            .append(source.id())
                                            .append("] ")
                                            .append(source.title())
                                            .append(
                                                    source.url().isEmpty()
                                                            ? ""
                                                            : " (" + source.url() + ")")
                                            .append('\n'));
        }
    }

    private static String cite(List<String> sources, Set<String> cited) {
        cited.addAll(sources);
        return "[" + String.join(", ", sources) + "]";
    }
}
