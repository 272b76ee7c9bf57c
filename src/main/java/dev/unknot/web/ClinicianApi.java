package dev.unknot.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.account.Account;
import dev.unknot.breaks.BreakEvent;
import dev.unknot.care.PainPoint;
import dev.unknot.care.Review;
import dev.unknot.clinic.CareRecord;
import dev.unknot.clinic.CareTeam;
import dev.unknot.clinic.Flagged;
import dev.unknot.clinic.NewInvite;
import dev.unknot.clinic.RosterLine;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.json.StrictJson;
import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.StoredMeasure;
import dev.unknot.session.SessionLog;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

/**
 * The clinician's side over JSON, with codes (dispositions, flags, instruments) where the pages
 * show words. The same {@link CareTeam} calls as the pages; a person a clinician may not see is a
 * 404.
 */
final class ClinicianApi {
    private final CareTeam careTeam;

    ClinicianApi(WebApp web) {
        this.careTeam = web.careTeam();
    }

    /** A note for {@code POST /api/clinician/reviews/{id}}. */
    record NoteRequest(String note) {}

    void people(Context ctx) {
        Account account = ClinicianRoutes.clinician(ctx);
        ArrayNode people = StrictJson.MAPPER.createArrayNode();
        for (RosterLine line : careTeam.dashboard(account)) {
            ObjectNode person = people.addObject();
            person.put("id", line.person().personId());
            person.put("name", line.person().name());
            person.put("linkedSince", line.person().linkedSince().toString());
            line.disposition()
                    .ifPresent(
                            saved -> {
                                person.put("disposition", saved.disposition().name());
                                person.put("assessedAt", saved.at().toString());
                            });
            line.lastEntry()
                    .ifPresent(
                            entry -> {
                                ObjectNode last = person.putObject("lastEntry");
                                last.put("date", entry.date().toString());
                                last.put("pain", entry.pain());
                            });
            ArrayNode pain = person.putArray("pain");
            for (PainPoint point : line.pain()) {
                pain.addObject().put("date", point.date().toString()).put("pain", point.pain());
            }
            ObjectNode adherence = person.putObject("adherence");
            adherence.put("sessionsDone", line.adherence().done());
            line.adherence().scheduled().ifPresent(n -> adherence.put("sessionsScheduled", n));
            ArrayNode measures = person.putArray("measures");
            for (MeasureLog result : line.measures()) {
                measure(measures.addObject(), result);
            }
            ArrayNode flags = person.putArray("flags");
            for (Flagged flag : line.flags()) {
                flags.addObject().put("flag", flag.flag().code()).put("words", flag.words());
            }
        }
        json(ctx, StrictJson.MAPPER.createObjectNode().set("people", people));
    }

    void person(Context ctx) {
        Account account = ClinicianRoutes.clinician(ctx);
        CareRecord record =
                careTeam.record(account, ClinicianRoutes.id(ctx))
                        .orElseThrow(NotFoundResponse::new);
        ObjectNode body = StrictJson.MAPPER.createObjectNode();
        body.put("id", record.person().personId());
        body.put("name", record.person().name());
        body.put("linkedSince", record.person().linkedSince().toString());
        body.put("progress", record.verdict().progress().status().name());
        ArrayNode dispositions = body.putArray("assessments");
        record.dispositions()
                .forEach(
                        saved ->
                                dispositions
                                        .addObject()
                                        .put("at", saved.at().toString())
                                        .put("disposition", saved.disposition().name()));
        ArrayNode diary = body.putArray("diary");
        for (DiaryEntry entry : record.diary()) {
            diary.addObject()
                    .put("id", entry.id())
                    .put("date", entry.date().toString())
                    .put("pain", entry.pain().points())
                    .put("session", entry.hasSession())
                    .put("redFlag", entry.hasRedFlag())
                    .put("note", entry.note());
        }
        ArrayNode sessions = body.putArray("sessions");
        for (SessionLog session : record.sessions()) {
            ObjectNode one =
                    sessions.addObject()
                            .put("id", session.id())
                            .put("startedAt", session.startedAt().toString())
                            .put("endedAt", session.endedAt().toString())
                            .put("painBefore", session.painBefore().points())
                            .put("finished", session.finished());
            session.painAfter().ifPresent(pain -> one.put("painAfter", pain.points()));
            ArrayNode steps = one.putArray("steps");
            for (SessionLog.StepLog step : session.steps()) {
                steps.addObject()
                        .put("step", step.stepId())
                        .put("name", step.name())
                        .put("outcome", step.outcome().code())
                        .put("seconds", step.seconds());
            }
        }
        ArrayNode measures = body.putArray("measures");
        for (StoredMeasure stored : record.measures()) {
            measure(measures.addObject().put("id", stored.id()), stored.result());
        }
        ArrayNode escalations = body.putArray("escalations");
        for (Review review : record.escalations()) {
            review(escalations.addObject(), review);
        }
        ArrayNode breaks = body.putArray("breaks");
        for (BreakEvent event : record.breaks()) {
            ArrayNode exercises =
                    breaks.addObject()
                            .put("at", event.at().toString())
                            .put("outcome", event.outcome().code())
                            .put("seconds", event.seconds())
                            .putArray("exercises");
            event.exercises().forEach(exercises::add);
        }
        json(ctx, body);
    }

    void reviews(Context ctx) {
        Account account = ClinicianRoutes.clinician(ctx);
        ArrayNode reviews = StrictJson.MAPPER.createArrayNode();
        for (Review review : careTeam.reviews(account)) {
            review(reviews.addObject(), review);
        }
        json(ctx, StrictJson.MAPPER.createObjectNode().set("reviews", reviews));
    }

    void acknowledge(Context ctx) {
        Account account = ClinicianRoutes.clinician(ctx);
        long id = ClinicianRoutes.id(ctx);
        NoteRequest body = StrictJson.read(Bodies.json(ctx), NoteRequest.class);
        Review review =
                careTeam.acknowledge(account, id, body.note() == null ? "" : body.note())
                        .orElseThrow(NotFoundResponse::new);
        json(ctx, review(StrictJson.MAPPER.createObjectNode(), review));
    }

    void invite(Context ctx) {
        Account account = ClinicianRoutes.clinician(ctx);
        NewInvite invite = careTeam.invite(account).orElseThrow(NotFoundResponse::new);
        ctx.status(HttpStatus.CREATED);
        json(
                ctx,
                StrictJson.MAPPER
                        .createObjectNode()
                        .put("code", invite.typed())
                        .put("path", invite.path())
                        .put("expiresAt", invite.expiresAt().toString()));
    }

    private static ObjectNode review(ObjectNode node, Review review) {
        node.put("id", review.escalationId())
                .put("personId", review.personId())
                .put("person", review.personName())
                .put("raisedAt", review.raisedAt().toString())
                .put("rule", review.escalation().rule())
                .put("name", review.escalation().name())
                .put("disposition", review.escalation().disposition().name())
                .put("advice", review.escalation().advice())
                .put("detail", review.escalation().detail());
        review.seen()
                .ifPresent(
                        seen ->
                                node.putObject("seen")
                                        .put("by", seen.by())
                                        .put("at", seen.at().toString())
                                        .put("note", seen.note()));
        return node;
    }

    private static void measure(ObjectNode node, MeasureLog result) {
        node.put("instrument", result.instrument())
                .put("takenOn", result.takenOn().toString())
                .put("score", result.score())
                .put("band", result.band());
    }

    static void json(Context ctx, Object body) {
        ctx.contentType(AssessmentApi.JSON).result(StrictJson.write(body));
    }
}
