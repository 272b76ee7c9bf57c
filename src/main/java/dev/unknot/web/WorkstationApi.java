package dev.unknot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.account.Account;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.json.StrictJson;
import dev.unknot.knowledge.Source;
import dev.unknot.pathway.WorkstationChecks;
import dev.unknot.workstation.Change;
import dev.unknot.workstation.Comparison;
import dev.unknot.workstation.StoredCheck;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;

/**
 * The workstation check as JSON for a signed-in person: {@code POST /api/workstation} scores and
 * stores a check, {@code GET /api/workstation} lists the checks with the latest one's result. Codes
 * (item ids, answer keys, source ids) stay in the JSON, with the words beside them.
 */
final class WorkstationApi {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final WorkstationChecks checks;

    WorkstationApi(WorkstationChecks checks) {
        this.checks = checks;
    }

    void take(Context ctx) {
        Account account = Visitor.of(ctx).required();
        WorkstationRequest body = StrictJson.read(Bodies.json(ctx), WorkstationRequest.class);
        if (body.answers() == null) {
            throw new InvalidInputException(
                    "answers", "must be an object with the answer to every item by its id");
        }
        WorkstationChecks.Taken taken = checks.take(account.profile(), body.answers(), "answers");
        ctx.status(HttpStatus.CREATED).header("Location", "/api/workstation");
        ctx.contentType(AssessmentApi.JSON).result(json(taken).toString());
    }

    void list(Context ctx) {
        Account account = Visitor.of(ctx).required();
        ObjectNode json = MAPPER.createObjectNode();
        ArrayNode list = json.putArray("checks");
        for (StoredCheck check : checks.history(account.profile())) {
            ObjectNode row = list.addObject();
            row.put("id", check.id());
            row.put("takenAt", check.takenAt().toString());
            row.put("score", check.score());
            row.put("band", checks.checklist().band(check.score()).name());
            ObjectNode answers = row.putObject("answers");
            check.answers().byItem().forEach(answers::put);
        }
        checks.latest(account.profile()).ifPresent(taken -> json.set("latest", json(taken)));
        ctx.contentType(AssessmentApi.JSON).result(json.toString());
    }

    private static ObjectNode json(WorkstationChecks.Taken taken) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", taken.check().id());
        json.put("takenAt", taken.check().takenAt().toString());
        json.put("score", taken.result().score());
        json.put("band", taken.result().band().name());
        json.put("points", taken.result().pointsText());
        ArrayNode changes = json.putArray("changes");
        for (Change change : taken.result().changes()) {
            ObjectNode row = changes.addObject();
            row.put("item", change.item().id());
            row.put("name", change.item().name());
            row.put("need", change.need().name().toLowerCase(Locale.ROOT));
            row.put("answer", change.answer().key());
            row.put("change", change.text());
            ArrayNode sources = row.putArray("sources");
            for (Source source : change.sources()) {
                sources.addObject()
                        .put("id", source.id())
                        .put("title", source.shortTitle())
                        .put("url", source.url());
            }
        }
        taken.comparison().ifPresent(comparison -> json.set("comparison", json(comparison)));
        return json;
    }

    private static ObjectNode json(Comparison comparison) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("previousAt", comparison.previousAt().toString());
        json.put("previousScore", comparison.previousScore());
        ArrayNode lines = json.putArray("items");
        for (Comparison.Line line : comparison.lines()) {
            lines.addObject()
                    .put("item", line.item().id())
                    .put("name", line.item().name())
                    .put("movement", line.movement().name().toLowerCase(Locale.ROOT));
        }
        return json;
    }
}
