package dev.unknot.cli;

import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.Escalation;
import dev.unknot.diary.FollowUp;
import dev.unknot.diary.Progress;
import dev.unknot.followup.Logged;
import dev.unknot.intake.Coded;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Source;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Renders diary tables, the follow-up verdict and escalations for a terminal. */
final class FollowUpText {
    private final Style style;
    private final KnowledgeBase knowledge;

    FollowUpText(Style style, KnowledgeBase knowledge) {
        this.style = style;
        this.knowledge = knowledge;
    }

    String verdict(FollowUp.Verdict verdict) {
        StringBuilder out = new StringBuilder();
        Progress progress = verdict.progress();
        out.append(style.bold("14-day verdict: "));
        if (progress.status() == Progress.Status.NO_ENTRIES) {
            out.append("no entries yet.\n");
        } else {
            out.append(
                    String.format(
                            "pain %d on %s, %d now (%+d) after %d days: %s.%n",
                            progress.firstPain(),
                            progress.firstDay(),
                            progress.latestPain(),
                            progress.changePoints(),
                            progress.days(),
                            progress.status().words()));
        }
        for (Escalation escalation : verdict.escalations()) {
            out.append(escalation(escalation));
        }
        return out.toString();
    }

    String escalation(Escalation escalation) {
        return style.yellow(
                        " "
                                + escalation.rule()
                                + " "
                                + escalation.name()
                                + ": "
                                + knowledge
                                        .text(escalation.disposition())
                                        .label()
                                        .toLowerCase(java.util.Locale.ROOT)
                                + " ")
                + "\n  "
                + escalation.advice()
                + " (sources: "
                + escalation.sources().stream()
                        .map(id -> knowledge.source(id).map(Source::shortTitle).orElse(id))
                        .collect(Collectors.joining("; "))
                + ")\n"
                + "  ("
                + escalation.detail()
                + ")\n";
    }

    String table(List<DiaryEntry> entries) {
        if (entries.isEmpty()) {
            return "The diary is empty. Add an entry with: unknot log --pain N\n";
        }
        StringBuilder out =
                new StringBuilder(
                        String.format(
                                "%4s  %-10s  %4s  %-24s  %s%n",
                                "ID", "DATE", "PAIN", "DID", "NOTE"));
        for (DiaryEntry entry : entries) {
            String did =
                    entry.activities().stream().map(Coded::code).collect(Collectors.joining(","));
            String flags =
                    entry.safety().entrySet().stream()
                                    .anyMatch(
                                            answer ->
                                                    answer.getKey()
                                                            .type()
                                                            .saysYes(answer.getValue()))
                            ? " [safety: yes]"
                            : "";
            out.append(
                    String.format(
                            "%4d  %-10s  %4d  %-24s  %s%s%n",
                            entry.id(),
                            entry.date(),
                            entry.pain().points(),
                            did,
                            entry.note().replace('\n', ' '),
                            flags));
        }
        return out.toString();
    }

    /**
     * What follows a diary entry, in order: the triage run again when it answered a safety question
     * yes, the verdict, then any escalation raised that the verdict does not already show.
     */
    void logged(PrintWriter out, Logged logged, AssessmentText assessments) {
        logged.retriage().ifPresent(assessment -> out.print(assessments.render(assessment)));
        out.print(verdict(logged.verdict()));
        for (Escalation escalation : logged.raised()) {
            if (!logged.verdict().escalations().contains(escalation)) {
                out.print(escalation(escalation));
            }
        }
    }

    static String describe(DiaryEntry entry) {
        String did =
                entry.activities().isEmpty()
                        ? ""
                        : " ("
                                + entry.activities().stream()
                                        .map(Coded::code)
                                        .collect(Collectors.joining(", "))
                                + ")";
        return entry.date() + ": pain " + entry.pain() + did;
    }
}
