package dev.unknot.web;

import dev.unknot.account.Account;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;

/**
 * The clinician's side on the web, registered in one call: the clinician's pages and API (every one
 * in {@link #CLINICIAN}, each behind the clinician check), and the person's side of consent
 * (invites, revoking, who looked). Every look at a person goes through {@code CareTeam}; a person a
 * clinician may not see is answered exactly as an address that does not exist (404).
 */
final class ClinicianRoutes {
    /** What a route's {@code {id}} names. */
    enum Target {
        NONE,
        PERSON,
        ESCALATION
    }

    /** One clinician route. */
    record Route(HandlerType method, String path, Target target) {
        String key() {
            return method + " " + path;
        }
    }

    /**
     * Every clinician page and API route, in one list: they are registered from it, and the access
     * tests go through it, so a new route cannot be left out of either.
     */
    static final List<Route> CLINICIAN =
            List.of(
                    new Route(HandlerType.GET, "/clinician", Target.NONE),
                    new Route(HandlerType.GET, "/clinician/people/{id}", Target.PERSON),
                    new Route(HandlerType.GET, "/clinician/reviews", Target.NONE),
                    new Route(HandlerType.POST, "/clinician/reviews/{id}", Target.ESCALATION),
                    new Route(HandlerType.GET, "/clinician/invites", Target.NONE),
                    new Route(HandlerType.GET, "/clinician/cds-feedback", Target.NONE),
                    new Route(HandlerType.POST, "/clinician/invites", Target.NONE),
                    new Route(HandlerType.GET, "/api/clinician/people", Target.NONE),
                    new Route(HandlerType.GET, "/api/clinician/people/{id}", Target.PERSON),
                    new Route(HandlerType.GET, "/api/clinician/reviews", Target.NONE),
                    new Route(HandlerType.POST, "/api/clinician/reviews/{id}", Target.ESCALATION),
                    new Route(HandlerType.POST, "/api/clinician/invites", Target.NONE),
                    new Route(HandlerType.GET, "/clinician/people/{id}/plan", Target.PERSON),
                    new Route(HandlerType.GET, "/clinician/people/{id}/plan.pdf", Target.PERSON),
                    new Route(
                            HandlerType.GET,
                            "/clinician/people/{id}/record.fhir.json",
                            Target.PERSON),
                    new Route(HandlerType.POST, "/clinician/people/{id}/plan", Target.PERSON),
                    new Route(
                            HandlerType.POST, "/clinician/people/{id}/plan/accept", Target.PERSON),
                    new Route(
                            HandlerType.POST, "/clinician/people/{id}/plan/dismiss", Target.PERSON),
                    new Route(HandlerType.GET, "/api/clinician/people/{id}/plan", Target.PERSON),
                    new Route(HandlerType.POST, "/api/clinician/people/{id}/plan", Target.PERSON),
                    new Route(
                            HandlerType.POST,
                            "/api/clinician/people/{id}/plan/suggestions",
                            Target.PERSON));

    private ClinicianRoutes() {}

    static void register(RoutesConfig routes, WebApp web, Templates templates) {
        ClinicianPages pages = new ClinicianPages(web, templates);
        ClinicianApi api = new ClinicianApi(web);
        Map<String, Handler> handlers =
                new java.util.HashMap<>(
                        Map.ofEntries(
                                Map.entry("GET /clinician", pages::dashboard),
                                Map.entry("GET /clinician/people/{id}", pages::person),
                                Map.entry("GET /clinician/reviews", pages::reviews),
                                Map.entry("POST /clinician/reviews/{id}", pages::acknowledge),
                                Map.entry("GET /clinician/invites", pages::invites),
                                Map.entry("POST /clinician/invites", pages::invite),
                                Map.entry("GET /api/clinician/people", api::people),
                                Map.entry("GET /api/clinician/people/{id}", api::person),
                                Map.entry("GET /api/clinician/reviews", api::reviews),
                                Map.entry("POST /api/clinician/reviews/{id}", api::acknowledge),
                                Map.entry("POST /api/clinician/invites", api::invite)));
        handlers.putAll(PlanRoutes.clinicianHandlers(web, templates));
        handlers.put(
                "GET /clinician/cds-feedback",
                ctx ->
                        templates.page(
                                ctx,
                                "clinician-cds-feedback",
                                CdsFeedbackView.of(
                                        web.cds().recentFeedback(50), web.clock().getZone())));
        handlers.put("GET /clinician/people/{id}/plan.pdf", new HandoutPages(web)::forClinician);
        handlers.put(
                "GET /clinician/people/{id}/record.fhir.json", new FhirRoutes(web)::forClinician);
        for (Route route : CLINICIAN) {
            Handler handler = handlers.get(route.key());
            routes.addHttpHandler(
                    route.method(),
                    route.path(),
                    ctx -> {
                        clinician(ctx);
                        handler.handle(ctx);
                    });
        }
        ConsentPages consent = new ConsentPages(web.careTeam(), templates, web.clock());
        ConsentApi consentApi = new ConsentApi(web.careTeam());
        routes.get("/invite", consent::form);
        routes.post("/invite", consent::typed);
        routes.get("/invite/{code}", consent::show);
        routes.post("/invite/{code}", consent::answer);
        routes.post("/account/care/{clinician}/revoke", consent::revoke);
        routes.get("/api/care", consentApi::mine);
        routes.post("/api/care/invites/{code}", consentApi::answer);
        routes.delete("/api/care/clinicians/{clinician}", consentApi::revoke);
    }

    /**
     * The signed-in clinician: no sign-in is a 401 (pages send the browser to sign in), a person's
     * account a 403.
     */
    static Account clinician(Context ctx) {
        Account account = Visitor.of(ctx).required();
        if (!account.isClinician()) {
            throw new ProblemException(
                    Problem.of(
                            "clinicians-only",
                            "For clinicians",
                            403,
                            "this part of unknot is for clinicians; your own record is under Diary",
                            ""));
        }
        return account;
    }

    /** The id in the path; anything but a positive number is a person who is not there. */
    static long id(Context ctx) {
        try {
            long id = Long.parseLong(ctx.pathParam("id"));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not found, below
        }
        throw new NotFoundResponse();
    }
}
