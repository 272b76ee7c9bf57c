package dev.unknot.web;

import io.javalin.http.Context;

/**
 * The headers every response carries: scripts only from this site and never inline, no framing, no
 * sniffing, no referrer.
 */
final class SecurityHeaders {
    static final String POLICY =
            "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; "
                    + "form-action 'self'; "
                    + "frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }
}
