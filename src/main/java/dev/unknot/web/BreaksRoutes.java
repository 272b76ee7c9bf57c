package dev.unknot.web;

import io.javalin.config.RoutesConfig;

/**
 * The routes of the movement breaks, registered with one call from {@link WebServer}: the page with
 * its settings form, and the JSON its script calls.
 */
final class BreaksRoutes {
    private BreaksRoutes() {}

    static void register(RoutesConfig routes, WebApp web, Templates templates) {
        BreaksPages pages = new BreaksPages(web.breaks(), templates);
        BreaksApi api = new BreaksApi(web.breaks(), web.clock());
        routes.get("/breaks", pages::show);
        routes.post("/breaks/settings", pages::save);
        routes.get("/api/breaks", api::show);
        routes.put("/api/breaks/settings", api::saveSettings);
        routes.post("/api/breaks/check", api::check);
        routes.post("/api/breaks/notice-shown", api::noticeShown);
        routes.post("/api/breaks/postpone", api::postpone);
        routes.post("/api/breaks/skip", api::skip);
        routes.post("/api/breaks/start", api::start);
        routes.post("/api/breaks/done", api::done);
        routes.post("/api/breaks/pause", api::pause);
        routes.post("/api/breaks/resume", api::resume);
    }
}
