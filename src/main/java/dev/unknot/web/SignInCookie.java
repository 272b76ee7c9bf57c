package dev.unknot.web;

import dev.unknot.account.AccountService;
import dev.unknot.account.SecondFactors;
import dev.unknot.account.SignIn;
import io.javalin.http.Context;
import io.javalin.http.SameSite;

/**
 * The sign-in cookie: HttpOnly, SameSite=Lax (so a link from elsewhere still opens the person's own
 * pages; every change needs the form token anyway), Secure over TLS. Signing in or out also renews
 * the form token. A half sign-in (password right, second factor due) has a cookie of its own,
 * SameSite=Strict and short-lived, that opens only the code step.
 */
final class SignInCookie {
    static final String NAME = "unknot_session";
    static final String HALF = "unknot_second_step";

    private SignInCookie() {}

    static String token(Context ctx) {
        String token = ctx.cookie(NAME);
        return token == null ? "" : token;
    }

    static String halfToken(Context ctx) {
        String token = ctx.cookie(HALF);
        return token == null ? "" : token;
    }

    /** Sets the cookie and the form token of this sign-in; returns the form token. */
    static String set(Context ctx, SignIn.Accepted accepted) {
        ctx.cookie(
                Csrf.cookie(
                        ctx,
                        NAME,
                        accepted.token(),
                        (int) AccountService.SIGN_IN_LIFETIME.toSeconds(),
                        SameSite.LAX));
        ctx.cookie(Csrf.cookie(ctx, HALF, "", 0));
        String csrf = Csrf.forSignIn(accepted.token());
        ctx.cookie(Csrf.cookie(ctx, Csrf.COOKIE, csrf, -1));
        return csrf;
    }

    /**
     * Sets the half sign-in's cookie and a fresh form token for the code step; returns the token.
     */
    static String setHalf(Context ctx, SignIn.SecondFactorDue due) {
        ctx.cookie(
                Csrf.cookie(
                        ctx, HALF, due.token(), (int) SecondFactors.PENDING_LIFETIME.toSeconds()));
        String csrf = Csrf.newToken();
        ctx.cookie(Csrf.cookie(ctx, Csrf.COOKIE, csrf, -1));
        return csrf;
    }

    static void clear(Context ctx) {
        ctx.cookie(Csrf.cookie(ctx, NAME, "", 0, SameSite.LAX));
        ctx.cookie(Csrf.cookie(ctx, HALF, "", 0));
        ctx.cookie(Csrf.cookie(ctx, Csrf.COOKIE, Csrf.newToken(), -1));
    }
}
