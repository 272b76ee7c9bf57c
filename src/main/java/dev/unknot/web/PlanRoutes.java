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
    }
}
