package dev.unknot.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files pages load: unknot's stylesheet and scripts (src/main/resources/web) and Chart.js from
 * its webjar. Read from the classpath once, then served from memory; they change only with a new
 * build.
 */
final class StaticAssets {
    private static final String CHART_JS =
            "META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    private static final Map<String, String> FILES =
            Map.of(
                    "unknot.css", "web/unknot.css",
                    "diary-chart.js", "web/diary-chart.js",
                    "session.js", "web/session.js",
                    "vendor/chart.umd.min.js", CHART_JS);

    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    /** Serves {@code /static/<name>} for the names above; anything else is 404. */
    void serve(Context ctx) {
        String name = ctx.path().substring("/static/".length());
        String resource = FILES.get(name);
        if (resource == null) {
            throw ProblemException.notFound("file");
        }
        ctx.contentType(
                name.endsWith(".css")
                        ? "text/css; charset=utf-8"
                        : "text/javascript; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.result(loaded.computeIfAbsent(resource, StaticAssets::read));
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
