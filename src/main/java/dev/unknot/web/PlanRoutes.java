package dev.unknot.web;

import dev.unknot.pathway.ExercisePlans;
import io.javalin.config.RoutesConfig;

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
        routes.get("/api/plan", api::current);
        routes.get("/api/plan/history", api::history);
        routes.get("/api/plan/suggestions", api::suggestions);
        PlanSessionApi sessionApi = new PlanSessionApi(plans, web.sessions(), web.clock());
        routes.post("/api/plan/sessions", sessionApi::save);
        ClinicianPlanPages editor =
                new ClinicianPlanPages(
                        plans, web.careTeam(), web.knowledge(), templates, web.clock());
        routes.get("/clinician/people/{id}/plan", editor::editor);
        routes.post("/clinician/people/{id}/plan", editor::save);
        routes.post("/clinician/people/{id}/plan/suggestions/{suggestion}/accept", editor::accept);
        routes.post(
                "/clinician/people/{id}/plan/suggestions/{suggestion}/dismiss", editor::dismiss);
        ClinicianPlanApi clinicianApi = new ClinicianPlanApi(plans, editor);
        routes.get("/api/clinician/people/{id}/plan", clinicianApi::plan);
        routes.post("/api/clinician/people/{id}/plan", clinicianApi::save);
        routes.post(
                "/api/clinician/people/{id}/plan/suggestions/{suggestion}", clinicianApi::decide);
    }
}
