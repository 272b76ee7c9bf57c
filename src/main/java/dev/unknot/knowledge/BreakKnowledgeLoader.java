package dev.unknot.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Reads and checks {@code breaks.yaml}: every range sane, every exercise cited and known. */
final class BreakKnowledgeLoader {
    static final String FILE = "breaks.yaml";

    private static final Map<String, DayOfWeek> DAYS =
            Map.of(
                    "mon", DayOfWeek.MONDAY,
                    "tue", DayOfWeek.TUESDAY,
                    "wed", DayOfWeek.WEDNESDAY,
                    "thu", DayOfWeek.THURSDAY,
                    "fri", DayOfWeek.FRIDAY,
                    "sat", DayOfWeek.SATURDAY,
                    "sun", DayOfWeek.SUNDAY);

    private BreakKnowledgeLoader() {}

    static BreakKnowledge load(KnowledgeBase base) {
        return read(base, root());
    }

    static BreakKnowledge read(KnowledgeBase base, Node root) {
        Set<String> ids = new HashSet<>();
        base.sources().forEach(source -> ids.add(source.id()));
        Citations citations = new Citations(ids);
        Node schedule = root.get("schedule").named("schedule");
        BreakKnowledge.Minutes every = minutes(schedule, "everyMinutes", 10, 120);
        BreakKnowledge.Minutes longAfter = minutes(schedule, "longAfterMinutes", 10, 180);
        BreakKnowledge.Minutes longBreak = minutes(schedule, "longBreakMinutes", 1, 30);
        BreakKnowledge.Minutes notice = minutes(schedule, "noticeMinutes", 0, 10);
        BreakKnowledge.Minutes postpone = minutes(schedule, "postponeMinutes", 1, 30);
        BreakKnowledge.Minutes natural = minutes(schedule, "naturalBreakMinutes", 1, 60);
        if (notice.max() >= every.min()) {
            throw schedule.problem(
                    "'noticeMinutes.max' must be shorter than 'everyMinutes.min', was "
                            + notice.max()
                            + " against "
                            + every.min());
        }
        if (longBreak.max() >= every.min()) {
            throw schedule.problem(
                    "'longBreakMinutes.max' must be shorter than 'everyMinutes.min', was "
                            + longBreak.max());
        }
        Node hours = schedule.get("hours");
        LocalTime start = time(hours, "start");
        LocalTime end = time(hours, "end");
        if (!start.isBefore(end)) {
            throw schedule.problem("'hours.start' must be before 'hours.end'");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : schedule.texts("days")) {
            DayOfWeek found = DAYS.get(day);
            if (found == null) {
                throw schedule.problem("'days' has '" + day + "', not one of mon, tue, ... sun");
            }
            days.add(found);
        }
        if (days.isEmpty()) {
            throw schedule.problem("'days' must name at least one day");
        }
        BreakKnowledge.Schedule read =
                citations.check(
                        schedule,
                        new BreakKnowledge.Schedule(
                                every,
                                longAfter,
                                longBreak,
                                notice,
                                postpone,
                                natural,
                                start,
                                end,
                                days,
                                schedule.texts("sources")));
        Set<String> exerciseIds = new HashSet<>();
        var exercises =
                root.list(
                        "exercises",
                        node -> {
                            BreakExercise exercise = exercise(node, base, citations);
                            if (!exerciseIds.add(exercise.id())) {
                                throw node.named("exercise " + exercise.id())
                                        .problem("duplicate id");
                            }
                            return exercise;
                        });
        if (exercises.stream().noneMatch(BreakExercise::office)) {
            throw root.problem("at least one exercise must be possible at work (office: true)");
        }
        return new BreakKnowledge(read, exercises);
    }

    private static BreakExercise exercise(Node node, KnowledgeBase base, Citations citations) {
        Node entry = node.named("exercise " + node.text("id"));
        int seconds = entry.positiveInteger("seconds");
        if (seconds < 10 || seconds > 600) {
            throw entry.problem("'seconds' must be from 10 to 600, was " + seconds);
        }
        var planExercises =
                entry.has("planExercises")
                        ? entry.list(
                                "planExercises",
                                item -> {
                                    String id = item.json().asText();
                                    if (base.exerciseLibrary().exercise(id).isEmpty()) {
                                        throw entry.problem(
                                                "'planExercises' names '"
                                                        + id
                                                        + "', not in the exercise library");
                                    }
                                    return id;
                                })
                        : java.util.List.<String>of();
        if (!entry.has("office")) {
            throw entry.problem("missing 'office' (true or false)");
        }
        return citations.check(
                entry,
                new BreakExercise(
                        entry.text("id"),
                        entry.text("name"),
                        entry.texts("steps"),
                        seconds,
                        entry.flag("office", false),
                        planExercises,
                        entry.texts("sources")));
    }

    private static BreakKnowledge.Minutes minutes(
            Node schedule, String field, int floor, int ceiling) {
        Node range = schedule.get(field);
        int standard = range.integer("default");
        int min = range.integer("min");
        int max = range.integer("max");
        if (min < floor || max > ceiling) {
            throw schedule.problem(
                    "'"
                            + field
                            + "' must stay within "
                            + floor
                            + " to "
                            + ceiling
                            + " minutes, was "
                            + min
                            + " to "
                            + max);
        }
        if (min > max || standard < min || standard > max) {
            throw schedule.problem(
                    "'"
                            + field
                            + ".default' must be from "
                            + min
                            + " to "
                            + max
                            + ", was "
                            + standard);
        }
        return new BreakKnowledge.Minutes(standard, min, max);
    }

    private static LocalTime time(Node hours, String field) {
        try {
            return LocalTime.parse(hours.text(field));
        } catch (DateTimeParseException e) {
            throw hours.problem("'hours." + field + "' must be a time like 09:00");
        }
    }

    private static Node root() {
        try (InputStream in = KnowledgeTree.open(FILE)) {
            if (in == null) {
                throw new KnowledgeException(FILE, "", "file not found");
            }
            JsonNode json = KnowledgeTree.read(in);
            return new Node(FILE, "", json);
        } catch (IOException e) {
            throw new KnowledgeException(FILE, "", "cannot be read: " + e.getMessage(), e);
        }
    }
}
