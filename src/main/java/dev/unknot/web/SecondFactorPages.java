package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.account.AccountService;
import dev.unknot.account.CodeCheck;
import dev.unknot.account.Confirmation;
import dev.unknot.account.Enrolment;
import dev.unknot.account.SecondFactors;
import dev.unknot.account.SignIn;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The second factor as pages: the code step of a sign-in (where an account that must have one but
 * has none sets it up), and setting up, confirming and turning off a TOTP second factor.
 */
final class SecondFactorPages {
    private static final String WRONG_CODE =
            "That code is not right or was used already. Type the 6 digits the app shows now, or a"
                    + " recovery code.";

    private final AccountService accounts;
    private final SecondFactors secondFactors;
    private final Templates templates;

    SecondFactorPages(AccountService accounts, Templates templates) {
        this.accounts = accounts;
        this.secondFactors = accounts.secondFactors();
        this.templates = templates;
    }

    /** {@code GET /login/second-factor}: the code form of a half sign-in. */
    void codeForm(Context ctx) {
        Optional<Account> half = accounts.halfSignedIn(SignInCookie.halfToken(ctx));
        if (half.isEmpty()) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        templates.page(ctx, "second-step", codeView(half.get(), ctx.queryParam("next")));
    }

    /** {@code POST /login/second-factor}: the code; right, the sign-in is whole. */
    void code(Context ctx) {
        String halfToken = SignInCookie.halfToken(ctx);
        Optional<Account> half = accounts.halfSignedIn(halfToken);
        if (half.isEmpty()) {
            ctx.redirect("/login", HttpStatus.SEE_OTHER);
            return;
        }
        String next = AccountPages.next(ctx.formParam("next"));
        SignIn outcome = accounts.secondStep(halfToken, AccountPages.field(ctx, "code"));
        if (outcome instanceof SignIn.Accepted accepted) {
            SignInCookie.set(ctx, accepted);
            if (accepted.recoveryCodes().isEmpty()) {
                ctx.redirect(next, HttpStatus.SEE_OTHER);
                return;
            }
            // the form token of the new sign-in is set from the next request on
            templates.page(
                    ctx,
                    "second-factor",
                    new SecondFactorView(
                            true,
                            Optional.empty(),
                            accepted.recoveryCodes(),
                            Optional.empty(),
                            Optional.empty(),
                            next));
            return;
        }
        SecondFactorView view = codeView(half.get(), next);
        if (outcome instanceof SignIn.Throttled throttled) {
            TooMany.retryAfter(ctx, throttled.retryAfter());
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            view = view.withError("code", tooMany(throttled.retryAfter()));
        } else {
            ctx.status(HttpStatus.UNAUTHORIZED);
            view = view.withError("code", WRONG_CODE);
        }
        templates.page(ctx, "second-step", view);
    }

    /** {@code GET /account/second-factor}: on or off, and a secret being set up. */
    void status(Context ctx) {
        Account account = Visitor.of(ctx).required();
        templates.page(ctx, "second-factor", view(account));
    }

    /** {@code POST /account/second-factor}: a new secret to set up. */
    void begin(Context ctx) {
        Account account = Visitor.of(ctx).required();
        Enrolment enrolment = secondFactors.begin(account);
        templates.page(ctx, "second-factor", SecondFactorView.of(false, Optional.of(enrolment)));
    }

    /** {@code POST /account/second-factor/confirm}: the first code turns it on. */
    void confirm(Context ctx) {
        Account account = Visitor.of(ctx).required();
        SecondFactorView view = view(account);
        if (view.setup().isEmpty()) {
            ctx.redirect("/account/second-factor", HttpStatus.SEE_OTHER);
            return;
        }
        CodeCheck check = secondFactors.check(account.personId(), AccountPages.field(ctx, "code"));
        if (check instanceof CodeCheck.Enrolled enrolled) {
            templates.page(
                    ctx,
                    "second-factor",
                    new SecondFactorView(
                            true,
                            Optional.empty(),
                            enrolled.recoveryCodes(),
                            Optional.empty(),
                            Optional.empty(),
                            "/account"));
        } else if (check instanceof CodeCheck.Throttled throttled) {
            TooMany.retryAfter(ctx, throttled.retryAfter());
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            templates.page(
                    ctx, "second-factor", view.withError("code", tooMany(throttled.retryAfter())));
        } else {
            ctx.status(HttpStatus.FORBIDDEN);
            templates.page(ctx, "second-factor", view.withError("code", WRONG_CODE));
        }
    }

    /** {@code POST /account/second-factor/disable}: the password and a code turn it off. */
    void disable(Context ctx) {
        Account account = Visitor.of(ctx).required();
        Confirmation outcome =
                accounts.disableSecondFactor(
                        account,
                        AccountPages.field(ctx, "password"),
                        AccountPages.field(ctx, "code"),
                        Proxy.client(ctx));
        if (outcome instanceof Confirmation.Done) {
            ctx.redirect("/account/second-factor", HttpStatus.SEE_OTHER);
        } else if (outcome instanceof Confirmation.Throttled throttled) {
            TooMany.retryAfter(ctx, throttled.retryAfter());
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            templates.page(
                    ctx,
                    "second-factor",
                    view(account).withError("password", tooMany(throttled.retryAfter())));
        } else {
            Confirmation.Wrong wrong = (Confirmation.Wrong) outcome;
            ctx.status(HttpStatus.FORBIDDEN);
            templates.page(
                    ctx,
                    "second-factor",
                    view(account)
                            .withError(
                                    wrong.field(),
                                    "password".equals(wrong.field())
                                            ? "That password is not right; the second factor is still on."
                                            : WRONG_CODE + " The second factor is still on."));
        }
    }

    private SecondFactorView view(Account account) {
        return SecondFactorView.of(
                secondFactors.enrolled(account.personId()), secondFactors.pending(account));
    }

    /** The code step's view: for an account with no second factor yet, the secret to set up. */
    private SecondFactorView codeView(Account half, String next) {
        Optional<Enrolment> setup = Optional.empty();
        if (!secondFactors.enrolled(half.personId())) {
            setup =
                    Optional.of(
                            secondFactors.pending(half).orElseGet(() -> secondFactors.begin(half)));
        }
        return new SecondFactorView(
                false,
                setup,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                AccountPages.next(next));
    }

    private static String tooMany(Duration wait) {
        return "Too many codes tried. Wait " + TooMany.inWords(wait) + " and try again.";
    }
}
