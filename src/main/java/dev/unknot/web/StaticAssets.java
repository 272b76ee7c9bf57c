package dev.unknot.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files pages load: unknot's stylesheet and scripts (src/main/resources/web), the pictures of
 * the stretches and techniques ({@code /static/exercises/NAME.svg}, from the reviewed knowledge's
 * {@code knowledge/pictures/}) and Chart.js from its webjar. Read from the classpath once, then
 * served from memory; they change only with a new build.
 */
final class StaticAssets {
    private static final String CHART_JS =
            "META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    private static final Map<String, String> FILES =
            Map.of(
                    "unknot.css", "web/unknot.css",
                    "diary-chart.js", "web/diary-chart.js",
                    "session.js", "web/session.js",
                    "breaks.js", "web/breaks.js",
                    "vendor/chart.umd.min.js", CHART_JS);

    /** Where a picture named in the knowledge ({@code Picture.file()}) is served. */
    static final String EXERCISES = "exercises/";

    private static final java.util.regex.Pattern PICTURE =
            java.util.regex.Pattern.compile("exercises/[a-z0-9-]+\\.svg");

    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    /** Serves {@code /static/<name>} for the names above; anything else is 404. */
    void serve(Context ctx) {
        String name = ctx.path().substring("/static/".length());
        String resource =
                PICTURE.matcher(name).matches()
                        ? "knowledge/pictures/" + name.substring(EXERCISES.length())
                        : FILES.get(name);
        if (resource == null || StaticAssets.class.getClassLoader().getResource(resource) == null) {
            throw ProblemException.notFound("file");
        }
        ctx.contentType(
                name.endsWith(".css")
                        ? "text/css; charset=utf-8"
                        : name.endsWith(".svg")
                                ? "image/svg+xml"
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
