package dev.unknot.web;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The headers every response carries: scripts only from this site and never inline, no framing, no
 * sniffing, no referrer, nothing cached; and over HTTPS, {@code Strict-Transport-Security}. Set on
 * each request before any handler runs, and on Jetty's own error answers by {@link
 * SecureErrorHandler}.
 */
final class SecurityHeaders {
    static final String POLICY =
            "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; "
                    + "form-action 'self'; "
                    + "frame-ancestors 'none'; base-uri 'none'";

    /** A year, as browsers' preload lists ask; subdomains too. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Every response's headers, by name. */
    static final Map<String, String> ALL =
            Map.of(
                    "Content-Security-Policy", POLICY,
                    "X-Content-Type-Options", "nosniff",
                    "Referrer-Policy", "no-referrer",
                    "X-Frame-Options", "DENY",
                    "Cache-Control", "no-store");

    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ALL.forEach(ctx::header);
        if (Proxy.secure(ctx)) {
            ctx.header("Strict-Transport-Security", HSTS);
        }
    }
}
