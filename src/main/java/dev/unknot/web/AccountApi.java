package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.account.AccountService;
import dev.unknot.account.Credentials;
import dev.unknot.account.SignIn;
import dev.unknot.account.UsernameTakenException;
import dev.unknot.json.StrictJson;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Accounts over JSON: sign up, sign in and out, who am I, delete everything. A signed-in client
 * sends the cookie back, and with every write the {@code X-CSRF-Token} header holding the token
 * these answers give.
 */
final class AccountApi {

    private final AccountService accounts;

    AccountApi(AccountService accounts) {
        this.accounts = accounts;
    }

    void signUp(Context ctx) {
        CredentialsRequest body = StrictJson.read(Bodies.json(ctx), CredentialsRequest.class);
        SignIn.Accepted accepted;
        try {
            accepted = accounts.signUp(new Credentials(body.username(), body.password()));
        } catch (UsernameTakenException e) {
            throw new ProblemException(
                    Problem.of("username-taken", "User name taken", 409, e.getMessage(), e.path()));
        }
        ctx.status(HttpStatus.CREATED);
        signedIn(ctx, accepted);
    }

    void signIn(Context ctx) {
        CredentialsRequest body = StrictJson.read(Bodies.json(ctx), CredentialsRequest.class);
        SignIn outcome = accounts.signIn(body.username(), body.password(), ctx.ip());
        if (outcome instanceof SignIn.Accepted accepted) {
            signedIn(ctx, accepted);
        } else if (outcome instanceof SignIn.Throttled throttled) {
            long seconds = throttled.retryAfter().toSeconds() + 1;
            ctx.header("Retry-After", String.valueOf(seconds));
            throw new ProblemException(
                    Problem.of(
                            "too-many-attempts",
                            "Too many failed sign-ins",
                            429,
                            "too many failed sign-ins for this user name or from this client; try again in "
                                    + seconds
                                    + " s",
                            ""));
        } else {
            throw new ProblemException(
                    Problem.of(
                            "sign-in-refused",
                            "Sign-in refused",
                            401,
                            "that user name and password do not match an account",
                            "password"));
        }
    }

    void signOut(Context ctx) {
        accounts.signOut(SignInCookie.token(ctx));
        SignInCookie.clear(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void whoAmI(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        ctx.contentType(AssessmentApi.JSON).result(describe(visitor.required(), visitor.csrf()));
    }

    void delete(Context ctx) {
        PasswordRequest body = StrictJson.read(Bodies.json(ctx), PasswordRequest.class);
        if (!accounts.delete(Visitor.of(ctx).required(), body.password())) {
            throw new ProblemException(
                    Problem.of(
                            "wrong-password",
                            "Wrong password",
                            403,
                            "the password is not right; nothing was deleted",
                            "password"));
        }
        SignInCookie.clear(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** Who is signed in, and the token to send back with every write. */
    private record Described(String username, String csrfToken) {}

    private static void signedIn(Context ctx, SignIn.Accepted accepted) {
        String csrf = SignInCookie.set(ctx, accepted);
        ctx.contentType(AssessmentApi.JSON).result(describe(accepted.account(), csrf));
    }

    private static String describe(Account account, String csrf) {
        return StrictJson.write(new Described(account.username(), csrf));
    }
}
