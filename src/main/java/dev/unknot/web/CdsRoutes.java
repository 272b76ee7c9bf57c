package dev.unknot.web;

import dev.unknot.cds.CdsHooks;
import dev.unknot.cds.CdsRefusal;
import dev.unknot.cds.CdsService;
import dev.unknot.cds.Token;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * The CDS Hooks 2.0 endpoints a clinic's EHR calls, registered in one call: the discovery document
 * (public, as the spec has it: it names the service and what to prefetch, nothing about anyone),
 * the service and its feedback (each behind the bearer-token check of {@link
 * dev.unknot.cds.TokenCheck}). A refused token is answered with a problem document that says only
 * that it was refused; why is logged here, on the server.
 */
final class CdsRoutes {
    static final String PREFIX = "/cds-services";

    private static final System.Logger LOG = System.getLogger("dev.unknot.cds");
    private static final String JSON = "application/json; charset=utf-8";

    private CdsRoutes() {}

    static void register(RoutesConfig routes, WebApp web) {
        routes.get(PREFIX, ctx -> ctx.contentType(JSON).result(CdsService.discovery()));
        routes.post(PREFIX + "/{id}", ctx -> answer(ctx, web.cds(), false));
        routes.post(PREFIX + "/{id}/feedback", ctx -> answer(ctx, web.cds(), true));
    }

    private static void answer(Context ctx, CdsHooks cds, boolean feedback) {
        ctx.header("Cache-Control", "no-store");
        try {
            Token token =
                    cds.tokens()
                            .check(
                                    Optional.ofNullable(ctx.header("Authorization")),
                                    cds.audience(ctx.path()));
            if (token instanceof Token.Refused refused) {
                LOG.log(
                        Level.WARNING,
                        "CDS Hooks token refused ({0}) on {1}: {2}",
                        refused.status(),
                        ctx.path(),
                        refused.reason());
                if (refused.status() == 401) {
                    ctx.header("WWW-Authenticate", "Bearer");
                }
                problem(
                        ctx,
                        refused.status() == 401
                                ? Problem.of(
                                        "cds-token",
                                        "Unauthorized",
                                        401,
                                        "the bearer token was not accepted",
                                        "")
                                : Problem.of(
                                        "cds-forbidden",
                                        "Forbidden",
                                        403,
                                        "the bearer token does not allow this call",
                                        ""));
                return;
            }
            Token.Accepted accepted = (Token.Accepted) token;
            String body = Bodies.json(ctx);
            String id = ctx.pathParam("id");
            if (feedback) {
                cds.service().feedback(id, body, accepted.ehr(), cds.clock());
                ctx.contentType(JSON).result("{}");
            } else {
                ctx.contentType(JSON).result(cds.service().call(id, body, accepted.ehr()));
            }
        } catch (CdsRefusal refusal) {
            problem(
                    ctx,
                    Problem.of(
                            "cds-" + refusal.status(),
                            title(refusal.status()),
                            refusal.status(),
                            refusal.getMessage(),
                            refusal.field()));
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid CDS Hooks request";
            case 404 -> "Not found";
            case 412 -> "Prefetch data missing";
            case 503 -> "CDS Hooks not configured";
            default -> "Request failed";
        };
    }

    private static void problem(Context ctx, Problem problem) {
        ctx.status(problem.status())
                .contentType(Problem.MEDIA_TYPE + "; charset=utf-8")
                .result(problem.toJson());
    }
}
