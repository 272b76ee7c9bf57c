package dev.unknot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.account.Account;
import dev.unknot.followup.MeasureService;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Values;
import dev.unknot.json.StrictJson;
import dev.unknot.measure.Instrument;
import dev.unknot.measure.Item;
import dev.unknot.measure.Measures;
import dev.unknot.measure.Responses;
import dev.unknot.measure.StoredMeasure;
import dev.unknot.record.RecordJson;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome measures (ODI, RMDQ, STarT Back, NPRS) as pages and JSON: a form per questionnaire,
 * scored and stored by the same {@link MeasureService} the CLI uses, and each person's scores over
 * time. Signed-in only.
 */
final class MeasuresPages {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Measures measures;
    private final MeasureService service;
    private final Templates templates;

    MeasuresPages(Measures measures, MeasureService service, Templates templates) {
        this.measures = measures;
        this.service = service;
        this.templates = templates;
    }

    void list(Context ctx) {
        Account account = Visitor.of(ctx).required();
        Optional<MeasuresView.Taken> taken = Optional.empty();
        String recorded = ctx.queryParam("recorded");
        if (recorded != null) {
            taken =
                    service.result(account.profile(), ProblemException.recordId(recorded))
                            .map(
                                    stored -> {
                                        Instrument instrument =
                                                instrument(stored.result().instrument());
                                        return new MeasuresView.Taken(
                                                instrument.name(),
                                                stored.result().score(),
                                                stored.result().band(),
                                                instrument.note(),
                                                Optional.empty());
                                    });
        }
        templates.page(ctx, "measures", view(account, taken));
    }

    void form(Context ctx) {
        Visitor.of(ctx).required();
        templates.page(ctx, "measure", instrument(ctx.pathParam("id")));
    }

    void take(Context ctx) {
        Account account = Visitor.of(ctx).required();
        Instrument instrument = instrument(ctx.pathParam("id"));
        List<Optional<Integer>> scores = new ArrayList<>();
        for (Item item : instrument.items()) {
            String value = ctx.formParam("item-" + item.number());
            scores.add(
                    value == null || value.isBlank()
                            ? Optional.empty()
                            : Optional.of(itemScore(value, item)));
        }
        MeasureService.Recorded recorded =
                service.record(
                        account.profile(),
                        instrument,
                        new Responses(scores),
                        service.today(),
                        "items");
        if (recorded.escalation().isPresent()) {
            MeasuresView.Taken taken =
                    new MeasuresView.Taken(
                            instrument.name(),
                            recorded.scored().scoreText(),
                            recorded.scored().band(),
                            instrument.note(),
                            recorded.escalation());
            templates.page(ctx, "measures", view(account, Optional.of(taken)));
            return;
        }
        ctx.redirect("/measures?recorded=" + recorded.id() + "#taken", HttpStatus.SEE_OTHER);
    }

    void apiList(Context ctx) {
        Account account = Visitor.of(ctx).required();
        ArrayNode results = MAPPER.createArrayNode();
        service.results(account.profile()).forEach(stored -> results.add(json(stored)));
        ObjectNode json = MAPPER.createObjectNode();
        json.set("results", results);
        ctx.contentType(AssessmentApi.JSON).result(json.toString());
    }

    void apiOne(Context ctx) {
        Account account = Visitor.of(ctx).required();
        StoredMeasure stored =
                service.result(account.profile(), ProblemException.recordId(ctx.pathParam("id")))
                        .orElseThrow(() -> ProblemException.notFound("measure result"));
        ctx.contentType(AssessmentApi.JSON).result(json(stored).toString());
    }

    void apiTake(Context ctx) {
        Account account = Visitor.of(ctx).required();
        Instrument instrument = instrument(ctx.pathParam("id"));
        MeasureRequest body = StrictJson.read(Bodies.json(ctx), MeasureRequest.class);
        List<Integer> answers = body.answers();
        if (answers == null || answers.size() != instrument.items().size()) {
            throw new InvalidInputException(
                    "answers",
                    "must be an array of "
                            + instrument.items().size()
                            + " item scores (null for an item left out)");
        }
        List<Optional<Integer>> scores = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Integer answer = answers.get(i);
            if (answer != null && !instrument.items().get(i).allows(answer)) {
                throw new InvalidInputException(
                        "answers[" + i + "]",
                        "item "
                                + (i + 1)
                                + " of the "
                                + instrument.shortName()
                                + " takes a score from 0 to "
                                + instrument.items().get(i).maxScore());
            }
            scores.add(Optional.ofNullable(answer));
        }
        LocalDate day = body.date() == null ? service.today() : Values.date("date", body.date());
        MeasureService.Recorded recorded =
                service.record(
                        account.profile(), instrument, new Responses(scores), day, "answers");
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", recorded.id());
        json.put("instrument", instrument.id());
        json.put("date", day.toString());
        json.put("score", recorded.scored().scoreText());
        json.put("band", recorded.scored().band());
        recorded.escalation()
                .ifPresent(escalation -> json.set("escalation", RecordJson.escalation(escalation)));
        ctx.status(HttpStatus.CREATED).header("Location", "/api/measures/results/" + recorded.id());
        ctx.contentType(AssessmentApi.JSON).result(json.toString());
    }

    private MeasuresView view(Account account, Optional<MeasuresView.Taken> taken) {
        List<StoredMeasure> all = service.results(account.profile());
        List<MeasuresView.Row> rows =
                measures.instruments().stream()
                        .map(
                                instrument ->
                                        new MeasuresView.Row(
                                                instrument,
                                                all.stream()
                                                        .filter(
                                                                stored ->
                                                                        stored.result()
                                                                                .instrument()
                                                                                .equals(
                                                                                        instrument
                                                                                                .id()))
                                                        .toList()))
                        .toList();
        return new MeasuresView(rows, taken);
    }

    private Instrument instrument(String id) {
        return measures.find(id).orElseThrow(() -> ProblemException.notFound("questionnaire"));
    }

    private static int itemScore(String value, Item item) {
        try {
            int score = Integer.parseInt(value.trim());
            if (item.allows(score)) {
                return score;
            }
        } catch (NumberFormatException e) {
            // the message below says what is allowed
        }
        throw new InvalidInputException(
                "item-" + item.number(), "must be one of the answers listed");
    }

    private static ObjectNode json(StoredMeasure stored) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", stored.id());
        json.put("instrument", stored.result().instrument());
        json.put("date", stored.result().takenOn().toString());
        json.put("score", stored.result().score());
        json.put("band", stored.result().band());
        json.put("responses", stored.result().responses());
        return json;
    }
}
