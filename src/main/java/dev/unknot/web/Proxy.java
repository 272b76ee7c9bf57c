package dev.unknot.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * What a request came over, as far as it can be believed. Behind a proxy that ends TLS, the server
 * sees plain HTTP from the proxy's address; the proxy says what it saw in {@code X-Forwarded-Proto}
 * and {@code X-Forwarded-For}. Anyone can send those headers, so they are believed only when the
 * server is told a proxy is in front ({@code UNKNOT_TRUST_PROXY=true}, {@code serve
 * --trust-proxy}), and then only their last value: the one the proxy itself added. Over HTTPS,
 * cookies are {@code Secure} and {@code Strict-Transport-Security} is sent. Thread-safe.
 */
final class Proxy {
    private static final String SECURE = "unknot.secure";
    private static final String CLIENT = "unknot.client";

    private final boolean trusted;

    Proxy(boolean trusted) {
        this.trusted = trusted;
    }

    /** Notes on the request whether it came over HTTPS and from which address. */
    void mark(Context ctx) {
        boolean secure = "https".equals(ctx.scheme());
        String client = ctx.req().getRemoteAddr();
        if (trusted) {
            secure = secure || "https".equalsIgnoreCase(last(headers(ctx, "X-Forwarded-Proto")));
            String forwarded = last(headers(ctx, "X-Forwarded-For"));
            if (!forwarded.isEmpty()) {
                client = forwarded;
            }
        }
        ctx.attribute(SECURE, secure);
        ctx.attribute(CLIENT, client);
    }

    /** Whether the request came over HTTPS (to this server, or to the trusted proxy). */
    static boolean secure(Context ctx) {
        Boolean secure = ctx.attribute(SECURE);
        return secure != null ? secure : "https".equals(ctx.scheme());
    }

    /** The address the request came from (the trusted proxy's client's, behind one). */
    static String client(Context ctx) {
        String client = ctx.attribute(CLIENT);
        return client != null ? client : ctx.req().getRemoteAddr();
    }

    private static List<String> headers(Context ctx, String name) {
        return java.util.Collections.list(ctx.req().getHeaders(name));
    }

    /** The last value of a header that may repeat or hold a comma-separated list; empty if none. */
    private static String last(List<String> values) {
        if (values.isEmpty()) {
            return "";
        }
        String joined = values.get(values.size() - 1);
        int comma = joined.lastIndexOf(',');
        return joined.substring(comma + 1).strip();
    }
}
