package dev.unknot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.account.Account;
import dev.unknot.account.AccountService;
import dev.unknot.account.Credentials;
import dev.unknot.account.SignIn;
import dev.unknot.account.UsernameTakenException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Set;

/**
 * Accounts over JSON: sign up, sign in and out, who am I, delete everything. A signed-in client sends the
 * cookie back, and with every write the {@code X-CSRF-Token} header holding the token these answers give.
 */
final class AccountApi {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> CREDENTIALS = Set.of("username", "password");

    private final AccountService accounts;

    AccountApi(AccountService accounts) {
        this.accounts = accounts;
    }

    void signUp(Context ctx) {
        JsonBody body = JsonBody.read(Bodies.json(ctx), CREDENTIALS);
        SignIn.Accepted accepted;
        try {
            accepted = accounts.signUp(new Credentials(body.string("username"), body.string("password")));
        } catch (UsernameTakenException e) {
            throw new ProblemException(Problem.of("username-taken", "User name taken", 409, e.getMessage(), e.path()));
        }
        ctx.status(HttpStatus.CREATED);
        signedIn(ctx, accepted);
    }

    void signIn(Context ctx) {
        JsonBody body = JsonBody.read(Bodies.json(ctx), CREDENTIALS);
        SignIn outcome = accounts.signIn(body.string("username"), body.string("password"), ctx.ip());
        if (outcome instanceof SignIn.Accepted accepted) {
            signedIn(ctx, accepted);
        } else if (outcome instanceof SignIn.Throttled throttled) {
            long seconds = throttled.retryAfter().toSeconds() + 1;
            ctx.header("Retry-After", String.valueOf(seconds));
            throw new ProblemException(Problem.of("too-many-attempts", "Too many failed sign-ins", 429,
                    "too many failed sign-ins for this user name or from this client; try again in " + seconds + " s", ""));
        } else {
            throw new ProblemException(Problem.of("sign-in-refused", "Sign-in refused", 401,
                    "that user name and password do not match an account", "password"));
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
        JsonBody body = JsonBody.read(Bodies.json(ctx), Set.of("password"));
        if (!accounts.delete(Visitor.of(ctx).required(), body.string("password"))) {
            throw new ProblemException(Problem.of("wrong-password", "Wrong password", 403,
                    "the password is not right; nothing was deleted", "password"));
        }
        SignInCookie.clear(ctx);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static void signedIn(Context ctx, SignIn.Accepted accepted) {
        String csrf = SignInCookie.set(ctx, accepted);
        ctx.contentType(AssessmentApi.JSON).result(describe(accepted.account(), csrf));
    }

    private static String describe(Account account, String csrf) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("username", account.username());
        json.put("csrfToken", csrf);
        return json.toString();
    }
}
