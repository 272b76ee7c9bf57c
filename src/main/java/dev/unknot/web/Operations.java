package dev.unknot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * What an operator sees: Prometheus metrics ({@code GET /metrics}) and the access log. Both are
 * told only the route pattern ({@code /api/diary/{id}}, never the id), the method, the status and
 * the time taken: no query string, body, cookie, address or user name, so neither holds anything
 * about a person. Each request gets an {@code X-Request-Id} that its answer and its log line share,
 * so an operator can find the line for an answer a person reports.
 */
final class Operations {
    static final String DISPOSITION = "unknot.disposition";
    static final String REQUEST_ID = "X-Request-Id";
    // a caller's id is kept only when it looks like what tracing tools make (hex, UUIDs): never
    // free text,
    // which could carry a name into the log
    private static final Pattern CALLERS_ID = Pattern.compile("[0-9A-Fa-f-]{8,64}");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrometheusMeterRegistry registry =
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AccessLog log;
    private final Clock clock;
    private final AtomicLong requests = new AtomicLong();

    Operations(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Gives the request its id: the caller's, when it is an opaque hex id, or a new random one. */
    static void giveRequestId(Context ctx) {
        String given = ctx.header(REQUEST_ID);
        ctx.header(
                REQUEST_ID,
                given != null && CALLERS_ID.matcher(given).matches()
                        ? given
                        : Long.toHexString(
                                ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE));
    }

    /** Called by Javalin once each request is answered, with its duration in milliseconds. */
    void finished(Context ctx, Float millis) {
        String route = route(ctx);
        String status = String.valueOf(ctx.statusCode());
        Timer.builder("http.server.requests")
                .description("HTTP requests by route pattern, method and status")
                .tags("method", ctx.method().name(), "route", route, "status", status)
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofNanos((long) (millis * 1_000_000)));
        String disposition = ctx.attribute(DISPOSITION);
        if (disposition != null) {
            Counter.builder("unknot.assessments")
                    .description("Assessments answered, by disposition")
                    .tag("disposition", disposition)
                    .register(registry)
                    .increment();
        }
        ObjectNode line = MAPPER.createObjectNode();
        line.put("time", clock.instant().toString());
        line.put("request", requests.incrementAndGet());
        String id = ctx.res().getHeader(REQUEST_ID);
        if (id != null) {
            line.put("id", id);
        }
        line.put("method", ctx.method().name());
        line.put("route", route);
        line.put("status", ctx.statusCode());
        line.put("ms", Math.round(millis * 10) / 10.0);
        log.write(line.toString());
    }

    void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }

    /**
     * The matched route's pattern; requests that matched none share one name, so the path never
     * leaks.
     */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        return endpoint == null ? "unmatched" : endpoint.path;
    }
}
