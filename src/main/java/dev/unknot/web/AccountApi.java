package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.account.AccountService;
import dev.unknot.account.Confirmation;
import dev.unknot.account.Credentials;
import dev.unknot.account.Enrolment;
import dev.unknot.account.SignIn;
import dev.unknot.account.UsernameTakenException;
import dev.unknot.json.StrictJson;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;

/**
 * Accounts over JSON: sign up, sign in (and its second-factor step, {@link SecondFactorApi}) and
 * out, who am I, delete everything. A signed-in client sends the cookie back, and with every write
 * the {@code X-CSRF-Token} header holding the token these answers give.
 */
final class AccountApi {

    private final AccountService accounts;

    AccountApi(AccountService accounts) {
        this.accounts = accounts;
    }

    void signUp(Context ctx) {
        CredentialsRequest body = StrictJson.read(Bodies.json(ctx), CredentialsRequest.class);
        SignIn outcome;
        try {
            outcome =
                    accounts.signUp(
                            new Credentials(body.username(), body.password()), Proxy.client(ctx));
        } catch (UsernameTakenException e) {
            throw new ProblemException(
                    Problem.of("username-taken", "User name taken", 409, e.getMessage(), e.path()));
        }
        if (outcome instanceof SignIn.Busy busy) {
            throw TooMany.busy(ctx, busy.retryAfter());
        }
        if (outcome instanceof SignIn.Throttled throttled) {
            throw TooMany.attempts(ctx, throttled.retryAfter(), "sign-ups from this client");
        }
        ctx.status(HttpStatus.CREATED);
        signedIn(ctx, (SignIn.Accepted) outcome);
    }

    void signIn(Context ctx) {
        CredentialsRequest body = StrictJson.read(Bodies.json(ctx), CredentialsRequest.class);
        SignIn outcome = accounts.signIn(body.username(), body.password(), Proxy.client(ctx));
        answer(ctx, outcome, accounts);
    }

    /**
     * Answers a sign-in or its code step: signed in (200), a second factor due (202, with the
     * secret to set up when the account has none yet), refused (401) or throttled (429).
     */
    static void answer(Context ctx, SignIn outcome, AccountService accounts) {
        if (outcome instanceof SignIn.Accepted accepted) {
            signedIn(ctx, accepted);
        } else if (outcome instanceof SignIn.SecondFactorDue due) {
            SignInCookie.setHalf(ctx, due);
            Optional<Enrolment> setup = Optional.empty();
            if (due.enrolmentNeeded()) {
                Account account = accounts.halfSignedIn(due.token()).orElseThrow();
                setup =
                        Optional.of(
                                accounts.secondFactors()
                                        .pending(account)
                                        .orElseGet(() -> accounts.secondFactors().begin(account)));
            }
            ctx.status(HttpStatus.ACCEPTED)
                    .contentType(AssessmentApi.JSON)
                    .result(
                            StrictJson.write(
                                    new SecondFactorDue(
                                            true,
                                            "/api/account/sign-in/second-factor",
                                            setup.map(Enrolment::secret).orElse(""),
                                            setup.map(Enrolment::uri).orElse(""))));
        } else if (outcome instanceof SignIn.Throttled throttled) {
            throw TooMany.attempts(
                    ctx,
                    throttled.retryAfter(),
                    "failed sign-ins for this account from this client, or codes for this account");
        } else {
            throw new ProblemException(
                    Problem.of(
                            "sign-in-refused",
                            "Sign-in refused",
                            401,
                            "that user name and password (or code) do not match an account",
                            "password"));
        }
    }

    void signOut(Context ctx) {
        accounts.signOut(SignInCookie.token(ctx));
        accounts.signOut(SignInCookie.halfToken(ctx));
        SignInCookie.clear(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    void whoAmI(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        ctx.contentType(AssessmentApi.JSON)
                .result(describe(visitor.required(), visitor.csrf(), List.of()));
    }

    void delete(Context ctx) {
        PasswordRequest body = StrictJson.read(Bodies.json(ctx), PasswordRequest.class);
        Confirmation outcome =
                accounts.delete(Visitor.of(ctx).required(), body.password(), Proxy.client(ctx));
        refuseUnlessDone(ctx, outcome, "nothing was deleted");
        SignInCookie.clear(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /** Throws the problem for a wrong or throttled confirmation; returns if it was done. */
    static void refuseUnlessDone(Context ctx, Confirmation outcome, String consequence) {
        if (outcome instanceof Confirmation.Throttled throttled) {
            throw TooMany.attempts(ctx, throttled.retryAfter(), "wrong passwords or codes");
        }
        if (outcome instanceof Confirmation.Wrong wrong) {
            throw new ProblemException(
                    Problem.of(
                            "wrong-" + wrong.field(),
                            "Wrong " + wrong.field(),
                            403,
                            "the " + wrong.field() + " is not right; " + consequence,
                            wrong.field()));
        }
    }

    /**
     * A second factor is due: where to send the code, and the secret to set up first when the
     * account has none yet (empty otherwise).
     */
    private record SecondFactorDue(
            boolean secondFactorRequired, String sendCodeTo, String secret, String otpauthUri) {}

    /**
     * Who is signed in, the token to send back with every write, and any recovery codes just made.
     */
    private record Described(String username, String csrfToken, List<String> recoveryCodes) {}

    private static void signedIn(Context ctx, SignIn.Accepted accepted) {
        String csrf = SignInCookie.set(ctx, accepted);
        ctx.contentType(AssessmentApi.JSON)
                .result(describe(accepted.account(), csrf, accepted.recoveryCodes()));
    }

    private static String describe(Account account, String csrf, List<String> recoveryCodes) {
        return StrictJson.write(new Described(account.username(), csrf, recoveryCodes));
    }
}
