package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.assessment.Assessment;
import dev.unknot.exercise.PlanChange;
import dev.unknot.pathway.ExercisePlans;
import dev.unknot.progression.ProgrammeStart;
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
                    new PlanView(
                            Optional.empty(),
                            List.of(),
                            List.of(),
                            Optional.empty(),
                            false,
                            Optional.empty()));
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
                                holdBack)
                        .withStrength(
                                holdBack.isPresent()
                                        ? Optional.empty()
                                        : plans.strength(personId.get())
                                                .map(
                                                        start ->
                                                                new PlanView.Strength(
                                                                        start
                                                                                instanceof
                                                                                ProgrammeStart
                                                                                        .Ready,
                                                                        start.reason()))));
    }

    /**
     * A person on their own starts an individual plan from the one unknot made for their answers.
     */
    void startFromGenerated(Context ctx) {
        Account account = Visitor.of(ctx).required();
        long personId = account.personId();
        if (plans.refusal(personId).isPresent() || plans.strength(personId).isEmpty()) {
            ctx.redirect("/plan", HttpStatus.SEE_OTHER);
            return;
        }
        PlanChange change = plans.fromGenerated(personId, dev.unknot.exercise.Author.UNKNOT);
        if (change instanceof PlanChange.Refused refused) {
            throw new ProblemException(
                    Problem.of(
                            "no-plan-to-start-from",
                            "No plan to start from",
                            409,
                            refused.problems().get(0).words(),
                            "items"));
        }
        ctx.redirect("/plan", HttpStatus.SEE_OTHER);
    }

    /** A person on their own starts the strengthening programme once the knot has settled. */
    void startStrength(Context ctx) {
        Account account = Visitor.of(ctx).required();
        long personId = account.personId();
        if (plans.refusal(personId).isPresent()) {
            ctx.redirect("/plan", HttpStatus.SEE_OTHER);
            return;
        }
        PlanChange change = plans.startStrength(personId);
        if (change instanceof PlanChange.Refused refused) {
            throw new ProblemException(
                    Problem.of(
                            "strength-not-yet",
                            "Not yet",
                            409,
                            refused.problems().get(0).words(),
                            "programme"));
        }
        ctx.redirect("/plan", HttpStatus.SEE_OTHER);
    }
}
