package dev.unknot.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Anti-forgery for every form and every signed-in API write: the request must carry the visitor's
 * token in the form's {@code csrf} field (or the {@code X-CSRF-Token} header). Another site can
 * make a browser send a request with its cookies, but cannot read the token to put in the body.
 *
 * <p>For a signed-in visitor the token is tied to the sign-in: an HMAC keyed with the sign-in token
 * itself, which lives only in the visitor's HttpOnly cookie (the database keeps only its hash). A
 * token made up by an attacker, or one from an earlier or another sign-in, does not match, whatever
 * cookie comes with it; and every server process on the same database, before and after a restart,
 * works out the same token with no secret of its own to share. Before sign-in (the sign-up and
 * sign-in forms) it is a random token in an HttpOnly, SameSite=Strict cookie that must come back in
 * the form; signing in replaces it.
 */
final class Csrf {
    static final String COOKIE = "unknot_csrf";
    static final String FIELD = "csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {}

    /**
     * The request's token before sign-in: the cookie's, or a new one set on the response. API calls
     * get none made for them (they render no forms; a signed-in client gets its token when it signs
     * in).
     */
    static String anonymous(Context ctx) {
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

    /** The token of the sign-in whose cookie token is {@code signInToken}. */
    static String forSignIn(String signInToken) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signInToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] tag = mac.doFinal("unknot anti-forgery".getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * Rejects a state-changing request whose token does not match the visitor's: every form POST,
     * and API writes made with a sign-in cookie (API calls without one change nothing stored).
     */
    static void check(Context ctx, Visitor visitor) {
        if (!isWrite(ctx.method().name())) {
            return;
        }
        if (ctx.path().startsWith(CdsRoutes.PREFIX)) {
            // EHR calls carry a bearer token and no cookie; a browser's cookie counts for nothing
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
                                            + " header with the csrfToken given at sign-in (GET /api/account gives it again)"
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

    /**
     * An HttpOnly cookie for the whole site, Secure when the request came over TLS (to this server
     * or to a trusted proxy, see {@link Proxy}).
     */
    static Cookie cookie(
            Context ctx, String name, String value, int maxAgeSeconds, SameSite sameSite) {
        return new Cookie(name, value, "/", maxAgeSeconds, Proxy.secure(ctx), true, null, sameSite);
    }

    private static boolean isWrite(String method) {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
