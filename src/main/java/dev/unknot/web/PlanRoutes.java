package dev.unknot.web;

import dev.unknot.pathway.ExercisePlans;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.Map;

/**
 * The routes of individual plans, registered with one call from {@link WebServer}: the person's
 * plan page and its JSON.
 */
final class PlanRoutes {
    private PlanRoutes() {}

    static void register(RoutesConfig routes, WebApp web, Templates templates) {
        ExercisePlans plans = web.plans();
        PlanPages pages = new PlanPages(plans, templates, web.clock());
        PlanApi api = new PlanApi(plans);
        routes.get("/plan", pages::show);
        routes.post("/plan/strength", pages::startStrength);
        routes.post("/plan/start", pages::startFromGenerated);
        routes.get("/api/plan", api::current);
        routes.get("/api/plan/history", api::history);
        routes.get("/api/plan/suggestions", api::suggestions);
        PlanSessionApi sessionApi = new PlanSessionApi(plans, web.sessions(), web.clock());
        routes.post("/api/plan/sessions", sessionApi::save);
    }

    /**
     * The clinician's plan routes, by {@code "METHOD /path"}, for {@link ClinicianRoutes} to
     * register from its one list behind its clinician check (each handler also opens the person
     * through the care team: 404 for anyone they may not see).
     */
    static Map<String, Handler> clinicianHandlers(WebApp web, Templates templates) {
        ClinicianPlanPages editor =
                new ClinicianPlanPages(
                        web.plans(), web.careTeam(), web.knowledge(), templates, web.clock());
        ClinicianPlanApi api = new ClinicianPlanApi(web.plans(), editor);
        return Map.ofEntries(
                Map.entry("GET /clinician/people/{id}/plan", editor::editor),
                Map.entry("POST /clinician/people/{id}/plan", editor::save),
                Map.entry("POST /clinician/people/{id}/plan/accept", editor::accept),
                Map.entry("POST /clinician/people/{id}/plan/dismiss", editor::dismiss),
                Map.entry("GET /api/clinician/people/{id}/plan", api::plan),
                Map.entry("POST /api/clinician/people/{id}/plan", api::save),
                Map.entry("POST /api/clinician/people/{id}/plan/suggestions", api::decide));
    }
}
