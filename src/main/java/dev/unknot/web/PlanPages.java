package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.assessment.Assessment;
import dev.unknot.pathway.ExercisePlans;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The person's own plan page ({@code /plan}): the current version in words, what changed and why,
 * and the progression suggestions. When their answers are an emergency or urgent, that result is
 * shown instead, as the session does; when they leave the plan open, no session is offered.
 */
final class PlanPages {
    private final ExercisePlans plans;
    private final Templates templates;
    private final Clock clock;

    PlanPages(ExercisePlans plans, Templates templates, Clock clock) {
        this.plans = plans;
        this.templates = templates;
        this.clock = clock;
    }

    void show(Context ctx) {
        Account account = Visitor.of(ctx).required();
        Optional<Long> personId = plans.personId(account.profile());
        if (personId.isEmpty()) {
            templates.page(
                    ctx,
                    "plan",
                    new PlanView(Optional.empty(), List.of(), List.of(), Optional.empty(), false));
            return;
        }
        Optional<Assessment> refused = plans.refusal(personId.get());
        if (refused.isPresent() && refused.get().triage().disposition().isImmediate()) {
            ctx.redirect(
                    "/result?a=" + WizardState.encode(refused.get().intake()),
                    HttpStatus.SEE_OTHER);
            return;
        }
        Optional<String> holdBack =
                refused.map(assessment -> "/result?a=" + WizardState.encode(assessment.intake()));
        templates.page(
                ctx,
                "plan",
                PlanView.of(
                        plans.history(personId.get()),
                        plans.suggestions(personId.get()),
                        plans::exercise,
                        clock.getZone(),
                        holdBack));
    }
}
