package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.pathway.ExercisePlans;
import io.javalin.http.Context;
import java.util.List;

/** The person's own plan over JSON: the current version, every version, the suggestions. */
final class PlanApi {
    private final ExercisePlans plans;

    PlanApi(ExercisePlans plans) {
        this.plans = plans;
    }

    void current(Context ctx) {
        long personId = personId(ctx);
        ctx.contentType(AssessmentApi.JSON)
                .result(
                        plans.current(personId)
                                .map(plan -> PlanJson.plan(plan).toString())
                                .orElseThrow(() -> ProblemException.notFound("plan")));
    }

    void history(Context ctx) {
        long personId = personId(ctx);
        ctx.contentType(AssessmentApi.JSON)
                .result(
                        PlanJson.plans(personId < 0 ? List.of() : plans.history(personId))
                                .toString());
    }

    void suggestions(Context ctx) {
        long personId = personId(ctx);
        ctx.contentType(AssessmentApi.JSON)
                .result(
                        PlanJson.suggestions(personId < 0 ? List.of() : plans.suggestions(personId))
                                .toString());
    }

    /** The signed-in person's id; -1 when they have no record yet. */
    private long personId(Context ctx) {
        Account account = Visitor.of(ctx).required();
        return account.personId();
    }
}
