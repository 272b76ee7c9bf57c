package dev.unknot.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakOutcome;
import dev.unknot.diary.Activity;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.Escalation;
import dev.unknot.diary.NewEntry;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.exercise.Author;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.exercise.ItemSide;
import dev.unknot.exercise.PlanItem;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.IntakeJsonWriter;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import dev.unknot.json.StrictJson;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.Prescription;
import dev.unknot.measure.MeasureLog;
import dev.unknot.session.SessionLog;
import dev.unknot.session.StepResult;
import dev.unknot.workstation.StoredCheck;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The JSON form of a person's record ({@code "format": "unknot-record", "version": 1}). Reading is
 * strict: every problem names its place, e.g. {@code diary[3].pain}, and nothing is imported unless
 * all of it reads.
 *
 * <p>{@code plans} (left out by older exports, which still read) lists the versions of the
 * individual exercise plan, oldest first: number, author ({@code name} and {@code kind}, {@code
 * unknot} or {@code clinician}; a clinician's account id is never written, it means nothing in
 * another database), time, reason, note and items (exercise id, dose, side and notes).
 *
 * <p>{@code breaks} (left out by older exports, which still read) lists the movement-break history,
 * oldest first: when ({@code at}), {@code outcome} ({@code taken}, {@code natural}, {@code skipped}
 * or {@code postponed}), {@code seconds} and the ids of the {@code exercises} done.
 */
public final class RecordJson {
    public static final String FORMAT = "unknot-record";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = StrictJson.MAPPER;
    private static final List<String> SESSION_OUTCOMES = Coded.codes(StepResult.class);

    private final IntakeJson intakeReader = new IntakeJson();
    private final IntakeJsonWriter intakeWriter = new IntakeJsonWriter();
    private final Predicate<String> knownExercise;

    /** For writing, and reading records whose plan exercise ids are not checked. */
    public RecordJson() {
        this(id -> true);
    }

    /** Reading refuses a plan item whose exercise id {@code knownExercise} does not accept. */
    public RecordJson(Predicate<String> knownExercise) {
        this.knownExercise = knownExercise;
    }

    /**
     * An escalation as JSON: rule, name, disposition, advice, detail and sources (also what the web
     * API answers).
     */
    public static ObjectNode escalation(Escalation escalation) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", escalation.rule());
        node.put("name", escalation.name());
        node.put("disposition", escalation.disposition().name());
        node.put("advice", escalation.advice());
        node.put("detail", escalation.detail());
        ArrayNode sources = node.putArray("sources");
        escalation.sources().forEach(sources::add);
        return node;
    }

    public String write(PersonRecord record) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("profile", record.profile());
        root.put("exportedAt", record.exportedAt().toString());
        ArrayNode assessments = root.putArray("assessments");
        for (SavedAssessment saved : record.assessments()) {
            ObjectNode node = assessments.addObject();
            node.put("at", saved.at().toString());
            node.put("disposition", saved.disposition().name());
            node.set("intake", tree(intakeWriter.write(saved.intake())));
        }
        ArrayNode diary = root.putArray("diary");
        for (DiaryEntry entry : record.diary()) {
            ObjectNode node = diary.addObject();
            node.put("date", entry.date().toString());
            node.put("recordedAt", entry.recordedAt().toString());
            node.put("pain", entry.pain().points());
            ArrayNode activities = node.putArray("activities");
            entry.activities().forEach(activity -> activities.add(activity.code()));
            node.put("note", entry.note());
            JsonNode flags = tree(intakeWriter.write(entry.safety())).path("flags");
            node.set("flags", flags.isMissingNode() ? MAPPER.createObjectNode() : flags);
        }
        ArrayNode sessions = root.putArray("sessions");
        for (SessionLog session : record.sessions()) {
            ObjectNode node = sessions.addObject();
            node.put("startedAt", session.startedAt().toString());
            node.put("endedAt", session.endedAt().toString());
            node.put("painBefore", session.painBefore().points());
            if (session.painAfter().isPresent()) {
                node.put("painAfter", session.painAfter().get().points());
            } else {
                node.putNull("painAfter");
            }
            node.put("finished", session.finished());
            ArrayNode steps = node.putArray("steps");
            for (SessionLog.StepLog step : session.steps()) {
                ObjectNode stepNode = steps.addObject();
                stepNode.put("id", step.stepId());
                stepNode.put("name", step.name());
                stepNode.put("outcome", step.outcome().code());
                stepNode.put("seconds", step.seconds());
            }
        }
        ArrayNode measures = root.putArray("measures");
        for (MeasureLog measure : record.measures()) {
            ObjectNode node = measures.addObject();
            node.put("instrument", measure.instrument());
            node.put("takenOn", measure.takenOn().toString());
            node.put("recordedAt", measure.recordedAt().toString());
            node.put("responses", measure.responses());
            node.put("score", measure.score());
            node.put("band", measure.band());
        }
        ArrayNode escalations = root.putArray("escalations");
        for (RaisedEscalation raised : record.escalations()) {
            Escalation escalation = raised.escalation();
            ObjectNode node = escalations.addObject();
            node.put("at", raised.at().toString());
            node.setAll(escalation(escalation));
        }
        ArrayNode plans = root.putArray("plans");
        for (ExercisePlan plan : record.plans()) {
            ObjectNode node = plans.addObject();
            node.put("version", plan.version());
            ObjectNode author = node.putObject("author");
            author.put("name", plan.author().name());
            author.put("kind", plan.author().isUnknot() ? "unknot" : "clinician");
            node.put("at", plan.at().toString());
            node.put("reason", plan.reason());
            node.put("note", plan.note());
            ArrayNode items = node.putArray("items");
            for (PlanItem item : plan.items()) {
                ObjectNode one = items.addObject();
                Prescription dose = item.dose();
                one.put("exerciseId", item.exerciseId());
                one.put("sets", dose.sets());
                one.put("reps", dose.reps());
                one.put("holdSeconds", dose.holdSeconds());
                one.put("restSeconds", dose.restSeconds());
                one.put("minutes", dose.minutes());
                one.put("perSide", dose.perSide());
                one.put("timesPerDay", dose.timesPerDay());
                ArrayNode days = one.putArray("days");
                dose.daysInOrder().forEach(day -> days.add(day.name().toLowerCase(Locale.ROOT)));
                one.put("side", item.side().code());
                one.put("notes", item.notes());
            }
        }
        ArrayNode checks = root.putArray("workstationChecks");
        for (StoredCheck check : record.workstationChecks()) {
            ObjectNode node = checks.addObject();
            node.put("takenAt", check.takenAt().toString());
            ObjectNode answers = node.putObject("answers");
            check.answers().byItem().forEach(answers::put);
            node.put("score", check.score());
        }
        ArrayNode breaks = root.putArray("breaks");
        for (BreakEvent event : record.breaks()) {
            ObjectNode node = breaks.addObject();
            node.put("at", event.at().toString());
            node.put("outcome", event.outcome().code());
            node.put("seconds", event.seconds());
            ArrayNode exercises = node.putArray("exercises");
            event.exercises().forEach(exercises::add);
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public PersonRecord read(String json) {
        JsonNode root = StrictJson.tree(json);
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException("", "must be a JSON object");
        }
        olderNames(root);
        if (root instanceof ObjectNode object && !object.has("plans")) {
            object.putArray("plans");
        }
        if (root instanceof ObjectNode object && !object.has("workstationChecks")) {
            object.putArray("workstationChecks");
        }
        if (root instanceof ObjectNode object && !object.has("breaks")) {
            object.putArray("breaks");
        }
        Fields top =
                new Fields(
                        root,
                        "",
                        Set.of(
                                "format",
                                "version",
                                "profile",
                                "exportedAt",
                                "assessments",
                                "diary",
                                "sessions",
                                "measures",
                                "escalations",
                                "plans",
                                "workstationChecks",
                                "breaks"),
                        Set.of());
        if (!FORMAT.equals(top.text("format"))) {
            throw new InvalidInputException("format", "must be \"" + FORMAT + "\"");
        }
        if (top.integer("version") != VERSION) {
            throw new InvalidInputException("version", "must be " + VERSION);
        }
        List<SavedAssessment> assessments = new ArrayList<>();
        for (Fields item : top.array("assessments", Set.of("at", "disposition", "intake"))) {
            assessments.add(
                    new SavedAssessment(
                            item.instant("at"),
                            item.choice("disposition", Disposition.class),
                            intake(item, "intake")));
        }
        List<DiaryEntry> diary = new ArrayList<>();
        for (Fields item :
                top.array(
                        "diary",
                        Set.of("date", "recordedAt", "pain", "activities", "note", "flags"))) {
            diary.add(entry(item));
        }
        List<SessionLog> sessions = new ArrayList<>();
        for (Fields item :
                top.array(
                        "sessions",
                        Set.of(
                                "startedAt",
                                "endedAt",
                                "painBefore",
                                "painAfter",
                                "finished",
                                "steps"))) {
            List<SessionLog.StepLog> steps = new ArrayList<>();
            for (Fields step : item.array("steps", Set.of("id", "name", "outcome", "seconds"))) {
                StepResult outcome =
                        Coded.fromCode(StepResult.class, step.text("outcome"))
                                .orElseThrow(
                                        () ->
                                                new InvalidInputException(
                                                        step.path("outcome"),
                                                        "must be one of "
                                                                + String.join(
                                                                        ", ", SESSION_OUTCOMES)));
                steps.add(
                        new SessionLog.StepLog(
                                step.text("id"),
                                step.text("name"),
                                outcome,
                                step.range("seconds", 0, 86_400)));
            }
            Optional<Pain> painAfter =
                    item.node().get("painAfter").isNull()
                            ? Optional.empty()
                            : Optional.of(item.pain("painAfter"));
            sessions.add(
                    new SessionLog(
                            0,
                            item.instant("startedAt"),
                            item.instant("endedAt"),
                            item.pain("painBefore"),
                            painAfter,
                            item.bool("finished"),
                            steps));
        }
        List<MeasureLog> measures = new ArrayList<>();
        for (Fields item :
                top.array(
                        "measures",
                        Set.of(
                                "instrument",
                                "takenOn",
                                "recordedAt",
                                "responses",
                                "score",
                                "band"))) {
            measures.add(
                    new MeasureLog(
                            item.text("instrument"),
                            item.date("takenOn"),
                            item.instant("recordedAt"),
                            item.text("responses"),
                            item.text("score"),
                            item.text("band")));
        }
        List<RaisedEscalation> escalations = new ArrayList<>();
        for (Fields item :
                top.array(
                        "escalations",
                        Set.of(
                                "at",
                                "rule",
                                "name",
                                "disposition",
                                "advice",
                                "detail",
                                "sources"))) {
            escalations.add(
                    new RaisedEscalation(
                            item.instant("at"),
                            new Escalation(
                                    item.text("rule"),
                                    item.text("name"),
                                    item.choice("disposition", Disposition.class),
                                    item.text("advice"),
                                    item.text("detail"),
                                    item.texts("sources"))));
        }
        List<ExercisePlan> plans = new ArrayList<>();
        Set<Integer> numbers = new java.util.HashSet<>();
        for (Fields item :
                top.array("plans", Set.of("version", "author", "at", "reason", "note", "items"))) {
            int version = item.range("version", 1, 100_000);
            if (!numbers.add(version)) {
                throw new InvalidInputException(
                        item.path("version"), "version " + version + " is listed twice");
            }
            Fields author =
                    new Fields(
                            item.node().get("author"), item.path("author"), Set.of("name", "kind"));
            String name = author.text("name");
            if (name.isBlank() || name.length() > 100) {
                throw new InvalidInputException(
                        author.path("name"), "must be a name of 1 to 100 characters");
            }
            String kind = author.text("kind");
            Author by =
                    switch (kind) {
                        case "unknot" -> Author.UNKNOT;
                        case "clinician" -> Author.clinicianNamed(name);
                        default ->
                                throw new InvalidInputException(
                                        author.path("kind"), "must be one of unknot, clinician");
                    };
            if (by.isUnknot() != kind.equals("unknot")) {
                throw new InvalidInputException(
                        author.path("name"),
                        kind.equals("unknot")
                                ? "must be \"unknot\" when kind is unknot"
                                : "a clinician cannot be called \"unknot\"");
            }
            String reason = item.text("reason");
            if (reason.length() > 2000) {
                throw new InvalidInputException(
                        item.path("reason"), "must be at most 2000 characters");
            }
            String note = item.text("note");
            if (note.length() > 1000) {
                throw new InvalidInputException(
                        item.path("note"), "must be at most 1000 characters");
            }
            List<PlanItem> items = new ArrayList<>();
            for (Fields one :
                    item.array(
                            "items",
                            Set.of(
                                    "exerciseId",
                                    "sets",
                                    "reps",
                                    "holdSeconds",
                                    "restSeconds",
                                    "minutes",
                                    "perSide",
                                    "timesPerDay",
                                    "days",
                                    "side",
                                    "notes"))) {
                items.add(planItem(one));
            }
            if (items.isEmpty()) {
                throw new InvalidInputException(
                        item.path("items"), "a plan version needs at least one exercise");
            }
            plans.add(new ExercisePlan(0, 0, version, by, item.instant("at"), reason, note, items));
        }
        plans.sort(java.util.Comparator.comparingInt(ExercisePlan::version));
        List<StoredCheck> checks = new ArrayList<>();
        for (Fields item : top.array("workstationChecks", Set.of("takenAt", "answers", "score"))) {
            checks.add(workstationCheck(item));
        }
        List<BreakEvent> breaks = new ArrayList<>();
        for (Fields item : top.array("breaks", Set.of("at", "outcome", "seconds", "exercises"))) {
            BreakOutcome outcome =
                    Coded.fromCode(BreakOutcome.class, item.text("outcome"))
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    item.path("outcome"),
                                                    "must be one of "
                                                            + String.join(
                                                                    ", ",
                                                                    Coded.codes(
                                                                            BreakOutcome.class))));
            List<String> exercises = item.texts("exercises");
            if (String.join(",", exercises).length() > 300
                    || exercises.stream().anyMatch(id -> id.isBlank() || id.contains(","))) {
                throw new InvalidInputException(
                        item.path("exercises"), "must be a short list of exercise ids");
            }
            breaks.add(
                    new BreakEvent(
                            item.instant("at"),
                            outcome,
                            item.range("seconds", 0, 86_400),
                            exercises));
        }
        return new PersonRecord(
                top.text("profile"),
                top.instant("exportedAt"),
                assessments,
                diary,
                sessions,
                measures,
                escalations,
                plans,
                checks,
                breaks);
    }

    /** A workstation check: when, the answer key by item id, the score then (0-100). */
    private static StoredCheck workstationCheck(Fields item) {
        JsonNode answers = item.node().get("answers");
        if (!answers.isObject()) {
            throw new InvalidInputException(
                    item.path("answers"), "must be an object of answers by item id");
        }
        java.util.Map<String, String> byItem = new java.util.LinkedHashMap<>();
        for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) answers::fields) {
            if (!field.getValue().isTextual()
                    || !field.getValue().asText().matches("[a-z0-9-]{1,40}")
                    || !field.getKey().matches("[a-z0-9-]{1,40}")) {
                throw new InvalidInputException(
                        item.path("answers") + "." + field.getKey(),
                        "must be an answer key in lower-case words, like \"not-sure\"");
            }
            byItem.put(field.getKey(), field.getValue().asText());
        }
        return new StoredCheck(
                0,
                item.instant("takenAt"),
                new dev.unknot.workstation.Answers(byItem),
                item.range("score", 0, 100));
    }

    private PlanItem planItem(Fields item) {
        String exerciseId = item.text("exerciseId");
        if (exerciseId.isBlank() || exerciseId.length() > 60 || !knownExercise.test(exerciseId)) {
            throw new InvalidInputException(
                    item.path("exerciseId"),
                    "'" + exerciseId + "' is not an exercise of the library");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : item.texts("days")) {
            DayOfWeek found = null;
            for (DayOfWeek candidate : DayOfWeek.values()) {
                if (candidate.name().toLowerCase(Locale.ROOT).equals(day)) {
                    found = candidate;
                }
            }
            if (found == null) {
                throw new InvalidInputException(
                        item.path("days"), "'" + day + "' is not a day of the week, like monday");
            }
            days.add(found);
        }
        int sets = item.integer("sets");
        int reps = item.integer("reps");
        int hold = item.integer("holdSeconds");
        int rest = item.integer("restSeconds");
        int minutes = item.integer("minutes");
        boolean perSide = item.bool("perSide");
        int timesPerDay = item.integer("timesPerDay");
        Prescription dose;
        try {
            dose = new Prescription(sets, reps, hold, rest, minutes, perSide, timesPerDay, days);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String field =
                    List.of("sets", "reps", "holdSeconds", "restSeconds", "minutes", "timesPerDay")
                            .stream()
                            .filter(name -> message.startsWith(name + " "))
                            .findFirst()
                            .orElse(days.isEmpty() ? "days" : "");
            throw new InvalidInputException(
                    field.isEmpty() ? item.at() : item.path(field), message);
        }
        String sideCode = item.text("side");
        ItemSide side =
                Coded.fromCode(ItemSide.class, sideCode)
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                item.path("side"),
                                                "must be one of "
                                                        + String.join(
                                                                ", ",
                                                                Coded.codes(ItemSide.class))));
        String notes = item.text("notes");
        if (notes.length() > 1000) {
            throw new InvalidInputException(item.path("notes"), "must be at most 1000 characters");
        }
        return new PlanItem(exerciseId, dose, side, notes);
    }

    private DiaryEntry entry(Fields item) {
        Set<Activity> activities = EnumSet.noneOf(Activity.class);
        for (String code : item.texts("activities")) {
            activities.add(
                    Coded.fromCode(Activity.class, code)
                            .orElseThrow(
                                    () ->
                                            new InvalidInputException(
                                                    item.path("activities"),
                                                    "'"
                                                            + code
                                                            + "' is not one of "
                                                            + String.join(
                                                                    ", ",
                                                                    Coded.codes(Activity.class)))));
        }
        Map<Question, Object> safety = item.node().get("flags").isEmpty() ? Map.of() : flags(item);
        NewEntry checked;
        try {
            checked =
                    new NewEntry(
                            item.date("date"),
                            item.pain("pain"),
                            activities,
                            item.text("note"),
                            safety);
        } catch (InvalidInputException e) {
            throw e.within(item.at());
        }
        return new DiaryEntry(
                0,
                checked.date(),
                item.instant("recordedAt"),
                checked.pain(),
                checked.activities(),
                checked.note(),
                checked.safety(),
                Optional.empty());
    }

    /**
     * Exports made before the diary used the API's names wrote an entry's activities as {@code did}
     * and its safety answers as {@code safety}; they still import, read under today's names.
     */
    private static void olderNames(JsonNode root) {
        for (JsonNode item : root.path("diary")) {
            if (item instanceof ObjectNode entry) {
                renamed(entry, "did", "activities");
                renamed(entry, "safety", "flags");
            }
        }
    }

    private static void renamed(ObjectNode entry, String older, String name) {
        if (entry.has(older) && !entry.has(name)) {
            entry.set(name, entry.remove(older));
        }
    }

    private Intake intake(Fields item, String field) {
        try {
            return intakeReader.read(item.node().get(field).toString());
        } catch (InvalidInputException e) {
            throw e.within(item.path(field));
        }
    }

    /**
     * An entry's safety answers, read as the intake's {@code flags} (so a problem is at {@code
     * diary[i].flags.x}).
     */
    private Map<Question, Object> flags(Fields item) {
        try {
            return intakeReader.readFlags(item.node().get("flags").toString());
        } catch (InvalidInputException e) {
            throw e.within(item.at());
        }
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An object node whose fields are checked against the allowed names; errors carry the path. */
    private record Fields(JsonNode node, String at, Set<String> allowed, Set<String> nullable) {
        Fields(JsonNode node, String at, Set<String> allowed) {
            this(node, at, allowed, Set.of("painAfter"));
        }

        Fields {
            if (!node.isObject()) {
                throw new InvalidInputException(at, "must be a JSON object");
            }
            for (var names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw new InvalidInputException(
                            path(at, name),
                            "unknown field; allowed: "
                                    + String.join(", ", new java.util.TreeSet<>(allowed)));
                }
            }
            for (String name : allowed) {
                if (!node.has(name) || (node.get(name).isNull() && !nullable.contains(name))) {
                    throw new InvalidInputException(path(at, name), "is missing");
                }
            }
        }

        String path(String field) {
            return path(at, field);
        }

        static String path(String at, String field) {
            return at.isEmpty() ? field : at + "." + field;
        }

        String text(String field) {
            JsonNode value = node.get(field);
            if (!value.isTextual()) {
                throw new InvalidInputException(path(field), "must be text");
            }
            return value.asText();
        }

        int integer(String field) {
            JsonNode value = node.get(field);
            if (!value.isInt()) {
                throw new InvalidInputException(path(field), "must be a whole number");
            }
            return value.asInt();
        }

        Pain pain(String field) {
            try {
                return Pain.of(field, integer(field));
            } catch (InvalidInputException e) {
                throw e.within(at);
            }
        }

        int range(String field, int min, int max) {
            int value = integer(field);
            if (value < min || value > max) {
                throw new InvalidInputException(
                        path(field),
                        "must be a whole number from " + min + " to " + max + ", was " + value);
            }
            return value;
        }

        boolean bool(String field) {
            JsonNode value = node.get(field);
            if (!value.isBoolean()) {
                throw new InvalidInputException(path(field), "must be true or false");
            }
            return value.asBoolean();
        }

        Instant instant(String field) {
            try {
                return Instant.parse(text(field));
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException(
                        path(field), "must be a UTC time like 2026-11-22T10:00:00Z");
            }
        }

        LocalDate date(String field) {
            try {
                return LocalDate.parse(text(field));
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException(path(field), "must be a date written YYYY-MM-DD");
            }
        }

        <E extends Enum<E>> E choice(String field, Class<E> type) {
            String name = text(field);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            throw new InvalidInputException(
                    path(field),
                    "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }

        List<String> texts(String field) {
            JsonNode value = node.get(field);
            if (!value.isArray()) {
                throw new InvalidInputException(path(field), "must be a list of texts");
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw new InvalidInputException(path(field), "must be a list of texts");
                }
                texts.add(item.asText());
            }
            return texts;
        }

        List<Fields> array(String field, Set<String> itemFields) {
            JsonNode value = node.get(field);
            if (!value.isArray()) {
                throw new InvalidInputException(path(field), "must be a list");
            }
            List<Fields> items = new ArrayList<>();
            for (int index = 0; index < value.size(); index++) {
                items.add(
                        new Fields(value.get(index), path(field) + "[" + index + "]", itemFields));
            }
            return items;
        }
    }
}
