package dev.unknot.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.exercise.PlanChange;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.json.StrictJson;
import dev.unknot.pathway.ExercisePlans;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

/**
 * The clinician's plan API: the person's plan (current, history, suggestions), a new version, and
 * the answer to a suggestion. Every request opens the person through the care team (404 otherwise),
 * as the pages do; a refused version is a 422 problem naming every field.
 */
final class ClinicianPlanApi {
    private final ExercisePlans plans;
    private final ClinicianPlanPages pages;

    ClinicianPlanApi(ExercisePlans plans, ClinicianPlanPages pages) {
        this.plans = plans;
        this.pages = pages;
    }

    void plan(Context ctx) {
        long personId = pages.open(ctx).person().personId();
        ObjectNode json = StrictJson.MAPPER.createObjectNode();
        plans.current(personId).ifPresent(plan -> json.set("current", PlanJson.plan(plan)));
        json.set("history", PlanJson.plans(plans.history(personId)));
        json.set("suggestions", PlanJson.suggestions(plans.suggestions(personId)));
        ctx.contentType(AssessmentApi.JSON).result(json.toString());
    }

    void save(Context ctx) {
        ClinicianPlanPages.Opened opened = pages.open(ctx);
        long personId = opened.person().personId();
        PlanRequests.NewVersion body =
                StrictJson.read(Bodies.json(ctx), PlanRequests.NewVersion.class);
        String reason = body.reason() == null ? "" : body.reason();
        String note = body.note() == null ? "" : body.note();
        var drafts = PlanRequests.drafts(body.items());
        PlanChange change =
                body.suggestion() == null
                        ? plans.newVersion(personId, opened.author(), reason, note, drafts)
                        : plans.changed(
                                personId, body.suggestion(), opened.author(), reason, note, drafts);
        answer(ctx, change, HttpStatus.CREATED);
    }

    void decide(Context ctx) {
        ClinicianPlanPages.Opened opened = pages.open(ctx);
        long personId = opened.person().personId();
        PlanRequests.Decision body = StrictJson.read(Bodies.json(ctx), PlanRequests.Decision.class);
        if (body.suggestion() == null) {
            throw new InvalidInputException("suggestion", "is required: the suggestion's id");
        }
        long id = body.suggestion();
        if ("accept".equals(body.decision())) {
            answer(ctx, plans.accept(personId, id, opened.author()), HttpStatus.OK);
        } else if ("dismiss".equals(body.decision())) {
            if (!plans.dismiss(personId, id)) {
                throw new NotFoundResponse();
            }
            ctx.status(HttpStatus.NO_CONTENT);
        } else {
            throw new InvalidInputException("decision", "must be accept or dismiss");
        }
    }

    private static void answer(Context ctx, PlanChange change, HttpStatus saved) {
        if (change instanceof PlanChange.Saved done) {
            ctx.status(saved)
                    .contentType(AssessmentApi.JSON)
                    .result(PlanJson.plan(done.plan()).toString());
        } else {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .contentType(Problem.MEDIA_TYPE + "; charset=utf-8")
                    .result(PlanJson.refused(((PlanChange.Refused) change).problems()));
        }
    }
}
