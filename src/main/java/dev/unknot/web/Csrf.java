package dev.unknot.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Anti-forgery for every form and every signed-in API write: a random token in an HttpOnly,
 * SameSite=Strict cookie must come back in the form's {@code csrf} field (or the {@code
 * X-CSRF-Token} header). Another site can make a browser send the cookie's request but cannot read
 * the token to put in the body.
 */
final class Csrf {
    static final String COOKIE = "unknot_csrf";
    static final String FIELD = "csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {}

    /**
     * The request's token: the cookie's, or a new one set on the response. API calls get none made
     * for them (they render no forms; a signed-in client got its token when it signed in).
     */
    static String token(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token != null && TOKEN.matcher(token).matches()) {
            return token;
        }
        if (ctx.path().startsWith("/api/")) {
            return "";
        }
        String fresh = newToken();
        ctx.cookie(cookie(ctx, COOKIE, fresh, -1));
        return fresh;
    }

    /**
     * Rejects a state-changing request whose token does not match: every form POST, and API writes
     * made with a sign-in cookie (API calls without one change nothing stored).
     */
    static void check(Context ctx, Visitor visitor) {
        if (!isWrite(ctx.method().name())) {
            return;
        }
        boolean api = ctx.path().startsWith("/api/");
        if (api && !visitor.signedIn()) {
            return;
        }
        String sent = api ? ctx.header(HEADER) : ctx.formParam(FIELD);
        if (visitor.csrf().isEmpty() || sent == null || !same(sent, visitor.csrf())) {
            throw new ProblemException(
                    Problem.of(
                            "csrf",
                            "Form expired",
                            403,
                            api
                                    ? "a signed-in API write must send the "
                                            + HEADER
                                            + " header with the value of the "
                                            + COOKIE
                                            + " cookie"
                                    : "this form could not be checked (it may have expired, or cookies are off); go back, reload the "
                                            + "page and send it again",
                            api ? HEADER : FIELD));
        }
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * An HttpOnly, SameSite=Strict cookie for the whole site, Secure when the request came over
     * TLS.
     */
    static Cookie cookie(Context ctx, String name, String value, int maxAgeSeconds) {
        return cookie(ctx, name, value, maxAgeSeconds, SameSite.STRICT);
    }

    /** An HttpOnly cookie for the whole site, Secure when the request came over TLS. */
    static Cookie cookie(
            Context ctx, String name, String value, int maxAgeSeconds, SameSite sameSite) {
        return new Cookie(
                name,
                value,
                "/",
                maxAgeSeconds,
                "https".equals(ctx.scheme()),
                true,
                null,
                sameSite);
    }

    private static boolean isWrite(String method) {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
