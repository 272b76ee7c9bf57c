package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.care.CarePerson;
import dev.unknot.care.RecordView;
import dev.unknot.fhir.Fhir;
import dev.unknot.fhir.FhirRecordWriter;
import dev.unknot.record.PersonRecord;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * The FHIR side on the web: the published questionnaires ({@code GET /fhir/Questionnaire/{id}}),
 * the signed-in person's record as a Bundle ({@code GET /account/record.fhir.json}) and, for a
 * clinician the person shares with (audited, through {@code CareTeam}), the person's ({@code GET
 * /clinician/people/{id}/record.fhir.json}, one of {@link ClinicianRoutes#CLINICIAN}). The writer,
 * and with it FHIR, is built on the first request that needs it, so the server starts without it.
 */
final class FhirRoutes {
    static final String FILE = "unknot-record.fhir.json";

    private final WebApp web;
    private FhirRecordWriter writer;

    FhirRoutes(WebApp web) {
        this.web = web;
    }

    static void register(RoutesConfig routes, WebApp web) {
        FhirRoutes fhir = new FhirRoutes(web);
        routes.get("/fhir/Questionnaire/{id}", fhir::questionnaire);
        routes.get("/account/record.fhir.json", fhir::mine);
    }

    private synchronized FhirRecordWriter writer() {
        if (writer == null) {
            writer = new FhirRecordWriter(web.knowledge(), web.measures(), web.assessor());
        }
        return writer;
    }

    /** {@code GET /fhir/Questionnaire/{id}}: public, like the questions themselves. */
    void questionnaire(Context ctx) {
        String id = ctx.pathParam("id");
        Questionnaire questionnaire =
                writer().questionnaires()
                        .byId(id)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                Problem.of(
                                                        "not-found",
                                                        "Not found",
                                                        404,
                                                        "unknot publishes no questionnaire '"
                                                                + id
                                                                + "'",
                                                        "")));
        ctx.contentType(Fhir.MEDIA_TYPE + "; charset=utf-8").result(Fhir.json(questionnaire));
    }

    /** {@code GET /account/record.fhir.json}: the signed-in person's own record. */
    void mine(Context ctx) {
        Account account = Visitor.of(ctx).required();
        send(ctx, web.records().exportOrEmpty(account.profile()));
    }

    /** {@code GET /clinician/people/{id}/record.fhir.json}: a person who shares, else 404. */
    void forClinician(Context ctx) {
        Account clinician = Visitor.of(ctx).required();
        CarePerson person =
                web.careTeam()
                        .open(
                                clinician,
                                ProblemException.recordId(ctx.pathParam("id")),
                                RecordView.RECORD)
                        .orElseThrow(() -> new NotFoundResponse("no such person"));
        send(ctx, web.records().export(person.personId()));
    }

    private void send(Context ctx, PersonRecord record) {
        FhirRecordWriter bundles = writer();
        ctx.header("Content-Disposition", "attachment; filename=\"" + FILE + "\"");
        // a person's own record: kept by no shared cache
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType(Fhir.MEDIA_TYPE + "; charset=utf-8")
                .result(bundles.json(bundles.write(record)));
    }
}
