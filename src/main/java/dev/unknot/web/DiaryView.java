package dev.unknot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.diary.Activity;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.Escalation;
import dev.unknot.diary.Progress;
import dev.unknot.followup.Trend;
import dev.unknot.intake.AnswerType;
import dev.unknot.intake.Coded;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Source;
import dev.unknot.knowledge.WizardQuestion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The diary page: the form to log pain, today's follow-up verdict and escalations, the chart and
 * the table. When the span has movement breaks, the chart and the table show each day's breaks
 * beside the pain ({@code breaksShown}).
 */
public record DiaryView(
        LocalDate today,
        Progress progress,
        List<EscalationView> escalations,
        List<Row> rows,
        boolean breaksShown,
        String chartJson,
        List<Choice> activities,
        List<SafetyQuestion> safety,
        Optional<ResultView> retriage,
        Optional<String> notice,
        Optional<String> error,
        List<ConsentViews.SeenRow> seen) {

    /**
     * One line of the table: a diary entry, or a day with movement breaks and no entry (so no day
     * with breaks is lost); {@code breaks} are the day's, taken or time away.
     */
    public record Row(String date, int breaks, Optional<Entry> entry) {}

    /** A diary entry in the table. */
    public record Entry(
            long id, int pain, String activities, boolean session, String note, boolean redFlag) {}

    /** An escalation with the sources it cites, by title. */
    public record EscalationView(Escalation escalation, List<Source> sources) {}

    /** A safety question to answer with an entry: its form field, its words and its choices. */
    public record SafetyQuestion(String field, String id, String prompt, List<Choice> choices) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public DiaryView {
        escalations = List.copyOf(escalations);
        rows = List.copyOf(rows);
        activities = List.copyOf(activities);
        safety = List.copyOf(safety);
        seen = List.copyOf(seen);
    }

    /** What the chart shows, for screen readers. */
    public String chartLabel() {
        return breaksShown
                ? "Chart of your pain and your movement breaks over the last 28 days; the same numbers are in the table below."
                : "Chart of your pain over the last 28 days; the same numbers are in the table below.";
    }

    public String caption() {
        return breaksShown
                ? "Diary entries and movement breaks, newest first"
                : "Diary entries, newest first";
    }

    public String progressWords() {
        return switch (progress.status()) {
            case NO_ENTRIES ->
                    "No entries yet. Log your pain once a day; after a while the trend shows here.";
            case TOO_EARLY ->
                    "Too early to judge: your first entry was "
                            + progress.days()
                            + " days ago ("
                            + progress.firstPain()
                            + "/10), the latest is "
                            + progress.latestPain()
                            + "/10.";
            case IMPROVED ->
                    "Improving: from "
                            + progress.firstPain()
                            + "/10 on "
                            + progress.firstDay()
                            + " to "
                            + progress.latestPain()
                            + "/10 now.";
            case WORSE ->
                    "Worse: from "
                            + progress.firstPain()
                            + "/10 on "
                            + progress.firstDay()
                            + " to "
                            + progress.latestPain()
                            + "/10 now.";
            case NOT_IMPROVED ->
                    "Not improving: from "
                            + progress.firstPain()
                            + "/10 on "
                            + progress.firstDay()
                            + " to "
                            + progress.latestPain()
                            + "/10 now.";
        };
    }

    static DiaryView of(
            Trend trend,
            Map<LocalDate, Integer> breaks,
            LocalDate today,
            KnowledgeBase knowledge,
            Optional<ResultView> retriage,
            Optional<String> notice,
            Optional<String> error,
            List<ConsentViews.SeenRow> seen) {
        List<EscalationView> escalations =
                trend.verdict().escalations().stream()
                        .map(
                                escalation ->
                                        new EscalationView(
                                                escalation,
                                                escalation.sources().stream()
                                                        .map(knowledge::source)
                                                        .flatMap(Optional::stream)
                                                        .toList()))
                        .toList();
        Map<LocalDate, Integer> moved = inSpan(trend, breaks);
        List<Choice> activities = new ArrayList<>();
        for (Activity activity : Activity.values()) {
            activities.add(
                    new Choice(
                            "activities-" + activity.code(),
                            activity.code(),
                            activity.code(),
                            false));
        }
        List<SafetyQuestion> safety =
                knowledge.questions().stream()
                        .filter(q -> q.question().isSafety())
                        .map(DiaryView::safetyQuestion)
                        .toList();
        return new DiaryView(
                today,
                trend.verdict().progress(),
                escalations,
                rows(trend, moved),
                !moved.isEmpty(),
                chart(trend, moved),
                activities,
                safety,
                retriage,
                notice,
                error,
                seen);
    }

    private static SafetyQuestion safetyQuestion(WizardQuestion question) {
        String field = question.question().path();
        String id = "safety-" + question.question().field();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(id + "-unasked", "", "Not answering now", true));
        if (question.question().type() instanceof AnswerType.YesNo) {
            choices.add(new Choice(id + "-yes", "yes", "Yes", false));
            choices.add(new Choice(id + "-no", "no", "No", false));
        } else {
            question.choices()
                    .forEach(
                            (code, label) ->
                                    choices.add(new Choice(id + "-" + code, code, label, false)));
        }
        choices.add(new Choice(id + "-not-sure", FormAnswer.NOT_SURE, "Not sure", false));
        return new SafetyQuestion(field, id, question.prompt(), choices);
    }

    /** The days of the trend's span with movement breaks, and how many. */
    private static Map<LocalDate, Integer> inSpan(Trend trend, Map<LocalDate, Integer> breaks) {
        Map<LocalDate, Integer> moved = new TreeMap<>();
        breaks.forEach(
                (day, count) -> {
                    if (count > 0 && !day.isBefore(trend.from()) && !day.isAfter(trend.to())) {
                        moved.put(day, count);
                    }
                });
        return moved;
    }

    /**
     * The table, newest day first: every entry (newest first within a day) with its day's breaks,
     * and a line for each day with breaks but no entry.
     */
    private static List<Row> rows(Trend trend, Map<LocalDate, Integer> moved) {
        List<DiaryEntry> newestFirst = new ArrayList<>(trend.entries());
        newestFirst.sort(
                Comparator.comparing(DiaryEntry::date)
                        .thenComparing(DiaryEntry::recordedAt)
                        .reversed());
        Map<LocalDate, List<Row>> byDay = new TreeMap<>(Comparator.reverseOrder());
        for (DiaryEntry entry : newestFirst) {
            byDay.computeIfAbsent(entry.date(), day -> new ArrayList<>())
                    .add(
                            new Row(
                                    entry.date().toString(),
                                    moved.getOrDefault(entry.date(), 0),
                                    Optional.of(
                                            new Entry(
                                                    entry.id(),
                                                    entry.pain().points(),
                                                    entry.activities().stream()
                                                            .map(Coded::code)
                                                            .collect(Collectors.joining(", ")),
                                                    entry.hasSession(),
                                                    entry.note(),
                                                    entry.hasRedFlag()))));
        }
        moved.forEach(
                (day, count) ->
                        byDay.computeIfAbsent(
                                day,
                                empty ->
                                        List.of(new Row(day.toString(), count, Optional.empty()))));
        return byDay.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The chart's data for diary-chart.js: one point per entry, sessions marked, and the movement
     * breaks of every day of the span (none when the span has no breaks).
     */
    private static String chart(Trend trend, Map<LocalDate, Integer> moved) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("from", trend.from().toString());
        json.put("to", trend.to().toString());
        ArrayNode points = json.putArray("points");
        for (DiaryEntry entry : trend.entries()) {
            ObjectNode point = points.addObject();
            point.put("date", entry.date().toString());
            point.put("pain", entry.pain().points());
            point.put("session", entry.hasSession());
        }
        ArrayNode breaks = json.putArray("breaks");
        if (!moved.isEmpty()) {
            for (LocalDate day = trend.from(); !day.isAfter(trend.to()); day = day.plusDays(1)) {
                ObjectNode count = breaks.addObject();
                count.put("date", day.toString());
                count.put("moved", moved.getOrDefault(day, 0));
            }
        }
        return json.toString();
    }
}
