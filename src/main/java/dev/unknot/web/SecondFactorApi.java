package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.account.AccountService;
import dev.unknot.account.CodeCheck;
import dev.unknot.account.Confirmation;
import dev.unknot.account.Enrolment;
import dev.unknot.json.StrictJson;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * The second factor over JSON: the code step of a sign-in, and setting up, confirming and turning
 * off a TOTP second factor for the signed-in account.
 */
final class SecondFactorApi {
    private final AccountService accounts;

    SecondFactorApi(AccountService accounts) {
        this.accounts = accounts;
    }

    /** {@code POST /api/account/sign-in/second-factor}: the code for a half sign-in. */
    void code(Context ctx) {
        CodeRequest body = StrictJson.read(Bodies.json(ctx), CodeRequest.class);
        AccountApi.answer(
                ctx, accounts.secondStep(SignInCookie.halfToken(ctx), body.code()), accounts);
    }

    /** {@code POST /api/account/second-factor}: a new secret to set up, not yet in use. */
    void begin(Context ctx) {
        Enrolment enrolment = accounts.secondFactors().begin(Visitor.of(ctx).required());
        ctx.status(HttpStatus.CREATED)
                .contentType(AssessmentApi.JSON)
                .result(
                        StrictJson.write(
                                new Setup(
                                        enrolment.secret(),
                                        enrolment.uri(),
                                        "/api/account/second-factor/confirm")));
    }

    /**
     * {@code POST /api/account/second-factor/confirm}: a first code turns it on and gives the
     * recovery codes.
     */
    void confirm(Context ctx) {
        CodeRequest body = StrictJson.read(Bodies.json(ctx), CodeRequest.class);
        Account account = Visitor.of(ctx).required();
        if (accounts.secondFactors().pending(account).isEmpty()) {
            throw new ProblemException(
                    Problem.of(
                            "no-second-factor-setup",
                            "Nothing to confirm",
                            409,
                            "no second factor is being set up; POST /api/account/second-factor first",
                            ""));
        }
        CodeCheck check = accounts.secondFactors().check(account.personId(), body.code());
        if (check instanceof CodeCheck.Throttled throttled) {
            throw TooMany.attempts(ctx, throttled.retryAfter(), "codes for this account");
        }
        if (!(check instanceof CodeCheck.Enrolled enrolled)) {
            throw wrongCode();
        }
        ctx.contentType(AssessmentApi.JSON)
                .result(StrictJson.write(new RecoveryCodes(enrolled.recoveryCodes())));
    }

    /** {@code DELETE /api/account/second-factor}: turns it off, with the password and a code. */
    void disable(Context ctx) {
        DisableRequest body = StrictJson.read(Bodies.json(ctx), DisableRequest.class);
        Confirmation outcome =
                accounts.disableSecondFactor(
                        Visitor.of(ctx).required(),
                        body.password(),
                        body.code(),
                        Proxy.client(ctx));
        AccountApi.refuseUnlessDone(ctx, outcome, "the second factor is still on");
        ctx.status(HttpStatus.NO_CONTENT);
    }

    static ProblemException wrongCode() {
        return new ProblemException(
                Problem.of(
                        "wrong-code",
                        "Wrong code",
                        403,
                        "that code is not right or was used already; type the 6 digits the"
                                + " authenticator app shows now",
                        "code"));
    }

    /** A secret to type into an authenticator app, its otpauth:// address, and where to confirm. */
    private record Setup(String secret, String otpauthUri, String confirmAt) {}

    /** The recovery codes, shown this once. */
    private record RecoveryCodes(List<String> recoveryCodes) {}
}
