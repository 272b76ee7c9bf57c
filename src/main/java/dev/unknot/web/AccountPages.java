package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.account.AccountService;
import dev.unknot.account.Credentials;
import dev.unknot.account.SignIn;
import dev.unknot.clinic.CareTeam;
import dev.unknot.intake.InvalidInputException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

/** Sign up, sign in, sign out and delete-my-account as pages with plain forms. */
final class AccountPages {
    /** Where a sign-in may send the person next: a path on this site, never another site. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9/_-]{0,100}");

    private final AccountService accounts;
    private final CareTeam careTeam;
    private final Templates templates;
    private final Clock clock;

    AccountPages(AccountService accounts, CareTeam careTeam, Templates templates, Clock clock) {
        this.accounts = accounts;
        this.careTeam = careTeam;
        this.templates = templates;
        this.clock = clock;
    }

    void signUpForm(Context ctx) {
        templates.page(ctx, "signup", AccountForm.blank(next(ctx.queryParam("next"))));
    }

    void signUp(Context ctx) {
        String username = field(ctx, "username");
        String next = next(ctx.formParam("next"));
        try {
            if (!field(ctx, "password").equals(field(ctx, "confirm"))) {
                throw new InvalidInputException(
                        "confirm", "the two passwords differ; type the same password twice");
            }
            SignIn.Accepted accepted =
                    accounts.signUp(new Credentials(username, field(ctx, "password")));
            SignInCookie.set(ctx, accepted);
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            ctx.status(
                    e instanceof dev.unknot.account.UsernameTakenException
                            ? HttpStatus.CONFLICT
                            : HttpStatus.BAD_REQUEST);
            templates.page(
                    ctx,
                    "signup",
                    new AccountForm(
                            username, next, Optional.of(e.getMessage()), Optional.of(e.path())));
        }
    }

    void signInForm(Context ctx) {
        templates.page(ctx, "login", AccountForm.blank(next(ctx.queryParam("next"))));
    }

    void signIn(Context ctx) {
        String username = field(ctx, "username");
        String next = next(ctx.formParam("next"));
        SignIn outcome = accounts.signIn(username, field(ctx, "password"), ctx.ip());
        if (outcome instanceof SignIn.Accepted accepted) {
            SignInCookie.set(ctx, accepted);
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } else if (outcome instanceof SignIn.Throttled throttled) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", String.valueOf(throttled.retryAfter().toSeconds() + 1));
            templates.page(
                    ctx,
                    "login",
                    new AccountForm(
                            username,
                            next,
                            Optional.of(
                                    "Too many failed attempts. Wait "
                                            + minutes(throttled)
                                            + " and try again."),
                            Optional.of("password")));
        } else {
            ctx.status(HttpStatus.UNAUTHORIZED);
            templates.page(
                    ctx,
                    "login",
                    new AccountForm(
                            username,
                            next,
                            Optional.of("That user name and password do not match an account."),
                            Optional.of("password")));
        }
    }

    void signOut(Context ctx) {
        accounts.signOut(SignInCookie.token(ctx));
        SignInCookie.clear(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    void account(Context ctx) {
        Account account = Visitor.of(ctx).required();
        templates.page(
                ctx,
                "account",
                view(
                        account,
                        Optional.empty(),
                        Optional.ofNullable(ctx.queryParam("revoked"))
                                .map(
                                        revoked ->
                                                "Done. That clinician can no longer see your record.")));
    }

    /** The account page: who can see the record, who looked, and the form to delete it all. */
    private AccountView view(Account account, Optional<String> error, Optional<String> notice) {
        return new AccountView(
                error,
                notice,
                account.isClinician(),
                ConsentViews.links(careTeam.links(account.personId()), clock.getZone()),
                ConsentViews.audit(careTeam.auditFor(account.personId()), clock.getZone()));
    }

    void delete(Context ctx) {
        Account account = Visitor.of(ctx).required();
        if (!accounts.delete(account, field(ctx, "password"))) {
            ctx.status(HttpStatus.FORBIDDEN);
            templates.page(
                    ctx,
                    "account",
                    view(
                            account,
                            Optional.of("That password is not right; nothing was deleted."),
                            Optional.empty()));
            return;
        }
        SignInCookie.clear(ctx);
        ctx.redirect("/?deleted", HttpStatus.SEE_OTHER);
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    static String next(String requested) {
        return requested != null
                        && LOCAL_PATH.matcher(requested).matches()
                        && !requested.startsWith("//")
                ? requested
                : "/diary";
    }

    private static String minutes(SignIn.Throttled throttled) {
        long minutes = Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
