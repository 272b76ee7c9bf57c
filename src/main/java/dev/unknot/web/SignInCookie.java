package dev.unknot.web;

import dev.unknot.account.AccountService;
import dev.unknot.account.SignIn;
import io.javalin.http.Context;
import io.javalin.http.SameSite;

/**
 * The sign-in cookie: HttpOnly, SameSite=Lax (so a link from elsewhere still opens the person's own
 * pages; every change needs the form token anyway), Secure over TLS. Signing in or out also renews
 * the form token.
 */
final class SignInCookie {
    static final String NAME = "unknot_session";

    private SignInCookie() {}

    static String token(Context ctx) {
        String token = ctx.cookie(NAME);
        return token == null ? "" : token;
    }

    /** Sets the cookie and a fresh form token; returns the new form token. */
    static String set(Context ctx, SignIn.Accepted accepted) {
        ctx.cookie(
                Csrf.cookie(
                        ctx,
                        NAME,
                        accepted.token(),
                        (int) AccountService.SIGN_IN_LIFETIME.toSeconds(),
                        SameSite.LAX));
        String csrf = Csrf.newToken();
        ctx.cookie(Csrf.cookie(ctx, Csrf.COOKIE, csrf, -1));
        return csrf;
    }

    static void clear(Context ctx) {
        ctx.cookie(Csrf.cookie(ctx, NAME, "", 0, SameSite.LAX));
        ctx.cookie(Csrf.cookie(ctx, Csrf.COOKIE, Csrf.newToken(), -1));
    }
}
