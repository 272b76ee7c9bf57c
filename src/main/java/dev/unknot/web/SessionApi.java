package dev.unknot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.account.Account;
import dev.unknot.diary.Activity;
import dev.unknot.diary.NewEntry;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.Logged;
import dev.unknot.intake.Coded;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.session.SessionLog;
import dev.unknot.record.RecordJson;
import dev.unknot.session.StepResult;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guided sessions over JSON: save one (with its diary entry, in one transaction, and the follow-up run at
 * once), list mine, read one. Another person's session id is 404.
 */
final class SessionApi {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("stopSignsAllNo", "startedAt", "endedAt", "painBefore",
            "painAfter", "steps");
    private static final List<String> OUTCOMES = Coded.codes(StepResult.class);

    private final FollowUpService followUp;
    private final Clock clock;

    SessionApi(FollowUpService followUp, Clock clock) {
        this.followUp = followUp;
        this.clock = clock;
    }

    void save(Context ctx) {
        Account account = Visitor.of(ctx).required();
        JsonBody body = JsonBody.read(Bodies.json(ctx), FIELDS);
        if (!body.node("stopSignsAllNo").map(JsonNode::isBoolean).orElse(false)
                || !body.node("stopSignsAllNo").get().booleanValue()) {
            throw new InvalidInputException("stopSignsAllNo",
                    "must be true: a session is saved only after every stop sign was answered no");
        }
        Instant now = clock.instant();
        Instant ended = body.optionalString("endedAt").map(text -> instant(text, "endedAt")).orElse(now);
        Instant started = body.optionalString("startedAt").map(text -> instant(text, "startedAt")).orElse(ended);
        if (ended.isAfter(now.plusSeconds(60)) || started.isAfter(ended)) {
            throw new InvalidInputException("startedAt", "must not be after endedAt, and neither in the future");
        }
        int painBefore = body.integer("painBefore", 0, 10);
        Optional<Integer> painAfter = body.node("painAfter").isPresent()
                ? Optional.of(body.integer("painAfter", 0, 10)) : Optional.empty();
        List<SessionLog.StepLog> steps = steps(body.node("steps").orElseThrow(
                () -> new InvalidInputException("steps", "is required: the steps with their outcomes")));
        boolean finished = steps.stream().noneMatch(step -> step.outcome() == StepResult.NOT_REACHED);
        SessionLog log = new SessionLog(0, started, ended, painBefore, painAfter, finished, steps);
        NewEntry entry = new NewEntry(followUp.today(), painAfter.orElse(painBefore), EnumSet.of(Activity.SESSION),
                "guided session: " + SessionPages.summary(log), Map.of());
        Logged logged = followUp.logSession(account.profile(), log, entry);
        long id = logged.entry().sessionId().orElseThrow();
        ObjectNode json = MAPPER.createObjectNode();
        json.put("sessionId", id);
        json.put("diaryEntryId", logged.entry().id());
        ArrayNode escalations = json.putArray("escalations");
        logged.raised().forEach(escalation -> escalations.add(RecordJson.escalation(escalation)));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/sessions/" + id);
        ctx.contentType(AssessmentApi.JSON).result(json.toString());
    }

    void list(Context ctx) {
        Account account = Visitor.of(ctx).required();
        ArrayNode sessions = MAPPER.createArrayNode();
        List<SessionLog> all = new ArrayList<>(followUp.sessions(account.profile()));
        java.util.Collections.reverse(all);
        all.forEach(session -> sessions.add(json(session)));
        ObjectNode json = MAPPER.createObjectNode();
        json.set("sessions", sessions);
        ctx.contentType(AssessmentApi.JSON).result(json.toString());
    }

    void one(Context ctx) {
        Account account = Visitor.of(ctx).required();
        SessionLog session = followUp.session(account.profile(), ProblemException.recordId(ctx.pathParam("id")))
                .orElseThrow(() -> ProblemException.notFound("session"));
        ctx.contentType(AssessmentApi.JSON).result(json(session).toString());
    }

    private static List<SessionLog.StepLog> steps(JsonNode node) {
        if (!node.isArray() || node.isEmpty() || node.size() > 100) {
            throw new InvalidInputException("steps", "must be an array of 1 to 100 steps");
        }
        List<SessionLog.StepLog> steps = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode step = node.get(i);
            String at = "steps[" + i + "]";
            if (!step.isObject()) {
                throw new InvalidInputException(at, "must be an object with id, name, outcome and seconds");
            }
            step.fieldNames().forEachRemaining(name -> {
                if (!Set.of("id", "name", "outcome", "seconds").contains(name)) {
                    throw new InvalidInputException(at + "." + name, "unknown field; allowed: id, name, outcome, seconds");
                }
            });
            String id = text(step, "id", at, 60);
            String name = text(step, "name", at, 200);
            StepResult outcome = Coded.fromCode(StepResult.class, text(step, "outcome", at, 20)).orElseThrow(
                    () -> new InvalidInputException(at + ".outcome", "must be one of " + String.join(", ", OUTCOMES)));
            JsonNode seconds = step.get("seconds");
            if (seconds == null || !seconds.isIntegralNumber() || seconds.intValue() < 0 || seconds.intValue() > 86_400) {
                throw new InvalidInputException(at + ".seconds", "must be a whole number of seconds from 0 to 86400");
            }
            steps.add(new SessionLog.StepLog(id, name, outcome, seconds.intValue()));
        }
        return steps;
    }

    private static String text(JsonNode step, String field, String at, int max) {
        JsonNode value = step.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank() || value.textValue().length() > max) {
            throw new InvalidInputException(at + "." + field, "must be text of 1 to " + max + " characters");
        }
        return value.textValue();
    }

    private static Instant instant(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 instant like 2026-11-23T10:15:30Z, was '" + text + "'");
        }
    }

    private static ObjectNode json(SessionLog session) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", session.id());
        json.put("startedAt", session.startedAt().toString());
        json.put("endedAt", session.endedAt().toString());
        json.put("painBefore", session.painBefore());
        session.painAfter().ifPresent(pain -> json.put("painAfter", pain));
        json.put("finished", session.finished());
        ArrayNode steps = json.putArray("steps");
        for (SessionLog.StepLog step : session.steps()) {
            ObjectNode s = steps.addObject();
            s.put("id", step.stepId());
            s.put("name", step.name());
            s.put("outcome", step.outcome().code());
            s.put("seconds", step.seconds());
        }
        return json;
    }
}
