package dev.unknot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.account.Account;
import dev.unknot.followup.FollowUpService;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Pain;
import dev.unknot.json.StrictJson;
import dev.unknot.pathway.GuidedSessions;
import dev.unknot.pathway.StopSignCheck;
import dev.unknot.record.RecordJson;
import dev.unknot.session.SessionLog;
import dev.unknot.session.SessionOutcome;
import dev.unknot.session.StepOutcome;
import dev.unknot.session.StepResult;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Guided sessions over JSON: save one (with its diary entry, in one transaction, and the follow-up
 * run at once), list mine, read one. Another person's session id is 404.
 */
final class SessionApi {
    private static final ObjectMapper MAPPER = StrictJson.MAPPER;

    private final GuidedSessions sessions;
    private final FollowUpService followUp;
    private final Clock clock;

    SessionApi(GuidedSessions sessions, FollowUpService followUp, Clock clock) {
        this.sessions = sessions;
        this.followUp = followUp;
        this.clock = clock;
    }

    /**
     * Saves a session after its stop-sign check: {@code stopSigns} answers each sign by id (true =
     * yes), or {@code stopSignsAllNo: true} says no to all. A yes saves nothing and answers what to
     * do instead.
     */
    void save(Context ctx) {
        Account account = Visitor.of(ctx).required();
        NewSessionRequest body = StrictJson.read(Bodies.json(ctx), NewSessionRequest.class);
        StopSignCheck.Outcome check = sessions.stopSigns().check(stopSignAnswers(body));
        if (check instanceof StopSignCheck.Stopped stopped) {
            ObjectNode json = MAPPER.createObjectNode();
            json.put("saved", false);
            ArrayNode signs = json.putArray("stoppedBy");
            stopped.yes()
                    .forEach(
                            sign ->
                                    signs.addObject()
                                            .put("id", sign.id())
                                            .put("text", sign.text()));
            ArrayNode ask = json.putArray("ask");
            stopped.askInFull().forEach(question -> ask.add(question.path()));
            json.put(
                    "advice",
                    "Do not start the session. Answer the assessment again with these answers added"
                            + " (POST /api/assessments) to see what to do now.");
            ctx.contentType(AssessmentApi.JSON).result(json.toString());
            return;
        }
        if (check instanceof StopSignCheck.Open open) {
            throw open.problem();
        }
        StopSignCheck.Clear clear = (StopSignCheck.Clear) check;
        Optional<dev.unknot.assessment.Assessment> refused =
                sessions.refusal(account.profile(), Optional.empty());
        if (refused.isPresent()) {
            throw new ProblemException(
                    Problem.of(
                            "session-not-allowed",
                            "No self-care session now",
                            409,
                            "your latest answers, with the safety answers in your diary since, give "
                                    + refused.get().triage().disposition()
                                    + ": a self-care session is not the right step now,"
                                    + " and nothing was saved. Answer the assessment again when things have changed",
                            "stopSigns"));
        }
        Instant now = clock.instant();
        Instant ended =
                Optional.ofNullable(body.endedAt())
                        .map(text -> instant(text, "endedAt"))
                        .orElse(now);
        Instant started =
                Optional.ofNullable(body.startedAt())
                        .map(text -> instant(text, "startedAt"))
                        .orElse(ended);
        if (ended.isAfter(now.plusSeconds(60)) || started.isAfter(ended)) {
            throw new InvalidInputException(
                    "startedAt", "must not be after endedAt, and neither in the future");
        }
        if (body.painBefore() == null) {
            throw new InvalidInputException(
                    "painBefore",
                    "is required: a whole number from " + Pain.MIN + " to " + Pain.MAX);
        }
        Pain painBefore = Pain.of("painBefore", body.painBefore());
        Optional<Pain> painAfter =
                Optional.ofNullable(body.painAfter()).map(points -> Pain.of("painAfter", points));
        if (body.steps() == null) {
            throw new InvalidInputException("steps", "is required: the steps with their outcomes");
        }
        List<StepOutcome> steps = steps(body.steps());
        GuidedSessions.Recorded recorded =
                sessions.record(
                        account.profile(),
                        clear,
                        SessionOutcome.of(steps, painBefore, painAfter),
                        started,
                        ended);
        ObjectNode json = MAPPER.createObjectNode();
        json.put("saved", true);
        json.put("sessionId", recorded.sessionId());
        json.put("diaryEntryId", recorded.logged().entry().id());
        json.put("summary", recorded.summary());
        ArrayNode escalations = json.putArray("escalations");
        recorded.logged()
                .raised()
                .forEach(escalation -> escalations.add(RecordJson.escalation(escalation)));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/sessions/" + recorded.sessionId());
        ctx.contentType(AssessmentApi.JSON).result(json.toString());
    }

    private Map<String, Boolean> stopSignAnswers(NewSessionRequest body) {
        if ((body.stopSignsAllNo() != null) == (body.stopSigns() != null)) {
            throw new InvalidInputException(
                    "stopSigns",
                    "is required (or stopSignsAllNo: true, but not both):"
                            + " a session is saved only after every stop sign was answered");
        }
        if (body.stopSignsAllNo() != null) {
            if (!body.stopSignsAllNo()) {
                throw new InvalidInputException(
                        "stopSignsAllNo",
                        "must be true: a session is saved only after every stop sign was answered no");
            }
            return sessions.stopSigns().allNo();
        }
        // null is a sign left open: the check refuses it unless another sign is yes, since a yes
        // always wins
        Map<String, Boolean> answers = new LinkedHashMap<>();
        body.stopSigns()
                .forEach(
                        (id, yes) -> {
                            if (yes != null) {
                                answers.put(id, yes);
                            }
                        });
        return answers;
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
        SessionLog session =
                followUp.session(account.profile(), ProblemException.recordId(ctx.pathParam("id")))
                        .orElseThrow(() -> ProblemException.notFound("session"));
        ctx.contentType(AssessmentApi.JSON).result(json(session).toString());
    }

    private static List<StepOutcome> steps(List<NewSessionRequest.Step> sent) {
        if (sent.isEmpty() || sent.size() > 100) {
            throw new InvalidInputException("steps", "must be an array of 1 to 100 steps");
        }
        List<StepOutcome> steps = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            NewSessionRequest.Step step = sent.get(i);
            String at = "steps[" + i + "]";
            if (step == null) {
                throw new InvalidInputException(
                        at, "must be an object with id, name, outcome and seconds");
            }
            String id = text(step.id(), "id", at, 60);
            String name = text(step.name(), "name", at, 200);
            String code = text(step.outcome(), "outcome", at, 20);
            StepResult outcome = StepResult.of(at + ".outcome", code);
            Integer seconds = step.seconds();
            if (seconds == null || seconds < 0 || seconds > 86_400) {
                throw new InvalidInputException(
                        at + ".seconds", "must be a whole number of seconds from 0 to 86400");
            }
            steps.add(new StepOutcome(id, name, outcome, seconds));
        }
        return steps;
    }

    private static String text(String value, String field, String at, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new InvalidInputException(
                    at + "." + field, "must be text of 1 to " + max + " characters");
        }
        return value;
    }

    private static Instant instant(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    field,
                    "must be an ISO-8601 instant like 2026-11-23T10:15:30Z, was '" + text + "'");
        }
    }

    private static ObjectNode json(SessionLog session) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", session.id());
        json.put("startedAt", session.startedAt().toString());
        json.put("endedAt", session.endedAt().toString());
        json.put("painBefore", session.painBefore().points());
        session.painAfter().ifPresent(pain -> json.put("painAfter", pain.points()));
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
