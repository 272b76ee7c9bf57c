package dev.unknot.web;

import io.javalin.config.RoutesConfig;

/**
 * The routes of the workstation check, registered with one call from {@link WebServer}: the form,
 * the result page and the JSON.
 */
final class WorkstationRoutes {
    private WorkstationRoutes() {}

    static void register(RoutesConfig routes, WebApp web, Templates templates) {
        WorkstationPages pages = new WorkstationPages(web.workstation(), templates);
        WorkstationApi api = new WorkstationApi(web.workstation());
        routes.get("/workstation", pages::form);
        routes.post("/workstation", pages::take);
        routes.get("/workstation/result", pages::result);
        routes.get("/api/workstation", api::list);
        routes.post("/api/workstation", api::take);
    }
}
