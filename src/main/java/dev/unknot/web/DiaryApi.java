package dev.unknot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.account.Account;
import dev.unknot.assessment.AssessmentJson;
import dev.unknot.diary.Activity;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.FollowUp;
import dev.unknot.diary.NewEntry;
import dev.unknot.diary.Progress;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.Logged;
import dev.unknot.followup.Trend;
import dev.unknot.intake.Coded;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.IntakeJsonWriter;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import dev.unknot.intake.Values;
import dev.unknot.json.StrictJson;
import dev.unknot.record.RecordJson;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The signed-in person's pain diary over JSON: log an entry (the follow-up rules run at once and
 * any escalation comes back with it), read the trend, read, change or delete one entry (the
 * follow-up runs again). Another person's entry reads as 404.
 */
final class DiaryApi {
    static final int MAX_DAYS = 3660;
    static final int DEFAULT_DAYS = 28;
    private static final ObjectMapper MAPPER = StrictJson.MAPPER;

    private final FollowUpService followUp;
    private final AssessmentJson assessmentJson;
    private final IntakeJson intakeJson = new IntakeJson();
    private final IntakeJsonWriter intakeWriter = new IntakeJsonWriter();

    DiaryApi(FollowUpService followUp, AssessmentJson assessmentJson) {
        this.followUp = followUp;
        this.assessmentJson = assessmentJson;
    }

    void log(Context ctx) {
        Account account = Visitor.of(ctx).required();
        NewEntry entry =
                entry(
                        StrictJson.read(Bodies.json(ctx), NewDiaryEntryRequest.class),
                        followUp.today());
        Logged logged = followUp.log(account.profile(), entry);
        ctx.status(HttpStatus.CREATED).header("Location", "/api/diary/" + logged.entry().id());
        ctx.contentType(AssessmentApi.JSON).result(logged(logged).toString());
    }

    /**
     * {@code PUT /api/diary/{id}}: the entry as a whole again (the body of a new entry; a date left
     * out keeps the entry's own), with the follow-up run again.
     */
    void replace(Context ctx) {
        Account account = Visitor.of(ctx).required();
        long id = ProblemException.recordId(ctx.pathParam("id"));
        DiaryEntry old = mine(account, id);
        NewEntry entry =
                entry(StrictJson.read(Bodies.json(ctx), NewDiaryEntryRequest.class), old.date());
        edited(ctx, account, id, entry);
    }

    /** {@code PATCH /api/diary/{id}}: only the members sent change; the rest stays as it was. */
    void change(Context ctx) {
        Account account = Visitor.of(ctx).required();
        long id = ProblemException.recordId(ctx.pathParam("id"));
        DiaryEntry old = mine(account, id);
        NewDiaryEntryRequest body = StrictJson.read(Bodies.json(ctx), NewDiaryEntryRequest.class);
        NewEntry entry =
                entry(
                        new NewDiaryEntryRequest(
                                body.date(),
                                body.pain() == null ? old.pain().points() : body.pain(),
                                body.activities() == null
                                        ? old.activities().stream().map(Coded::code).toList()
                                        : body.activities(),
                                body.note() == null ? old.note() : body.note(),
                                body.flags() == null || body.flags().isNull()
                                        ? flags(old)
                                        : body.flags()),
                        old.date());
        edited(ctx, account, id, entry);
    }

    /**
     * {@code DELETE /api/diary/{id}}: the entry is gone; the answer is the follow-up on what is
     * left.
     */
    void delete(Context ctx) {
        Account account = Visitor.of(ctx).required();
        long id = ProblemException.recordId(ctx.pathParam("id"));
        FollowUp.Verdict verdict =
                followUp.delete(account.profile(), id)
                        .orElseThrow(() -> ProblemException.notFound("diary entry"));
        ObjectNode json = MAPPER.createObjectNode();
        json.put("deleted", id);
        json.set("progress", progress(verdict.progress()));
        ArrayNode escalations = json.putArray("escalations");
        verdict.escalations()
                .forEach(escalation -> escalations.add(RecordJson.escalation(escalation)));
        ctx.contentType(AssessmentApi.JSON).result(json.toString());
    }

    /** An entry's safety answers as the intake's {@code flags}; null when it has none. */
    private JsonNode flags(DiaryEntry entry) {
        JsonNode flags = tree(intakeWriter.write(entry.safety())).path("flags");
        return flags.isObject() ? flags : null;
    }

    private DiaryEntry mine(Account account, long id) {
        return followUp.entry(account.profile(), id)
                .orElseThrow(() -> ProblemException.notFound("diary entry"));
    }

    private void edited(Context ctx, Account account, long id, NewEntry entry) {
        Logged logged =
                followUp.edit(account.profile(), id, entry)
                        .orElseThrow(() -> ProblemException.notFound("diary entry"));
        ctx.contentType(AssessmentApi.JSON).result(logged(logged).toString());
    }

    /** A stored or changed entry with its follow-up, as the API answers it. */
    private ObjectNode logged(Logged logged) {
        ObjectNode json = MAPPER.createObjectNode();
        json.set("entry", entry(logged.entry()));
        json.set("progress", progress(logged.verdict().progress()));
        ArrayNode raised = json.putArray("escalations");
        logged.raised().forEach(escalation -> raised.add(RecordJson.escalation(escalation)));
        logged.retriage()
                .ifPresent(
                        assessment ->
                                json.set("assessment", tree(assessmentJson.write(assessment))));
        return json;
    }

    void trend(Context ctx) {
        Account account = Visitor.of(ctx).required();
        String daysParam = ctx.queryParam("days");
        int days =
                daysParam == null
                        ? DEFAULT_DAYS
                        : Values.wholeNumber("days", daysParam, 1, MAX_DAYS);
        Trend trend = followUp.trend(account.profile(), days);
        ObjectNode json = MAPPER.createObjectNode();
        json.put("from", trend.from().toString());
        json.put("to", trend.to().toString());
        ArrayNode entries = json.putArray("entries");
        trend.entries().forEach(entry -> entries.add(entry(entry)));
        json.set("progress", progress(trend.verdict().progress()));
        ArrayNode escalations = json.putArray("escalations");
        trend.verdict()
                .escalations()
                .forEach(escalation -> escalations.add(RecordJson.escalation(escalation)));
        ctx.contentType(AssessmentApi.JSON).result(json.toString());
    }

    void one(Context ctx) {
        Account account = Visitor.of(ctx).required();
        long id = ProblemException.recordId(ctx.pathParam("id"));
        DiaryEntry entry =
                followUp.entry(account.profile(), id)
                        .orElseThrow(() -> ProblemException.notFound("diary entry"));
        ctx.contentType(AssessmentApi.JSON).result(entry(entry).toString());
    }

    private NewEntry entry(NewDiaryEntryRequest body, LocalDate dateLeftOut) {
        LocalDate date = body.date() == null ? dateLeftOut : Values.date("date", body.date());
        if (body.pain() == null) {
            throw new InvalidInputException(
                    "pain", "is required: a whole number from " + Pain.MIN + " to " + Pain.MAX);
        }
        List<String> activities = body.activities() == null ? List.of() : body.activities();
        if (activities.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("activities", "must be a list of texts");
        }
        Map<Question, Object> flags =
                body.flags() == null || body.flags().isNull()
                        ? Map.of()
                        : intakeJson.readFlags(body.flags().toString());
        return new NewEntry(
                date,
                Pain.of("pain", body.pain()),
                Activity.fromCodes(activities, "activities"),
                body.note() == null ? "" : body.note(),
                flags);
    }

    private ObjectNode entry(DiaryEntry entry) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", entry.id());
        json.put("date", entry.date().toString());
        json.put("recordedAt", entry.recordedAt().toString());
        json.put("pain", entry.pain().points());
        ArrayNode activities = json.putArray("activities");
        entry.activities().stream().map(Coded::code).forEach(activities::add);
        json.put("note", entry.note());
        JsonNode flags = tree(intakeWriter.write(entry.safety())).path("flags");
        json.set("flags", flags.isObject() ? flags : MAPPER.createObjectNode());
        entry.sessionId().ifPresent(session -> json.put("sessionId", session));
        entry.changedAt().ifPresent(changed -> json.put("changedAt", changed.toString()));
        return json;
    }

    private static ObjectNode progress(Progress progress) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("status", progress.status().name());
        json.put("words", progress.status().words());
        if (progress.status() != Progress.Status.NO_ENTRIES) {
            json.put("firstDay", progress.firstDay().toString());
            json.put("firstPain", progress.firstPain());
            json.put("latestPain", progress.latestPain());
            json.put("days", progress.days());
        }
        return json;
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
