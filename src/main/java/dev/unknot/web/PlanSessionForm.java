package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.assessment.Assessment;
import dev.unknot.exercise.Effort;
import dev.unknot.exercise.PlanItem;
import dev.unknot.exercise.SessionReport;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Intake;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Values;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.pathway.ExercisePlans;
import dev.unknot.pathway.GuidedSessions;
import dev.unknot.pathway.StopSignCheck;
import dev.unknot.session.SessionOutcome;
import dev.unknot.session.StepOutcome;
import dev.unknot.session.StepResult;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guided session page when the signed-in person has an individual plan: the steps come from the
 * current version (sets, repetitions, holds and rests as countdowns, on the sides it says), and
 * afterwards the person gives pain during and after and, per exercise, whether the dose was done,
 * partly done or stopped for pain. The stop signs are asked first as for every session, and answers
 * that rule a session out show their result instead.
 */
final class PlanSessionForm {
    private final ExercisePlans plans;
    private final GuidedSessions sessions;
    private final Templates templates;
    private final Clock clock;

    PlanSessionForm(
            ExercisePlans plans, GuidedSessions sessions, Templates templates, Clock clock) {
        this.plans = plans;
        this.sessions = sessions;
        this.templates = templates;
        this.clock = clock;
    }

    /** The session of the person's current plan, if they have one. */
    Optional<ExercisePlans.Run> run(Account account) {
        return plans.session(account.personId());
    }

    void show(Context ctx, Account account, ExercisePlans.Run run, int speed) {
        if (refusedShown(ctx, account)) {
            return;
        }
        templates.page(ctx, "session", view(account, run, speed));
    }

    private SessionView view(Account account, ExercisePlans.Run run, int speed) {
        Intake answers = plans.latestAnswers(account.personId()).orElse(Intake.empty());
        return SessionView.ofPlan(
                answers,
                run,
                sessions.stopSigns(),
                speed,
                id -> plans.exercise(id).map(LibraryExercise::name).orElse(id));
    }

    void finish(Context ctx) {
        Account account = Visitor.of(ctx).required();
        long planId = Values.wholeNumber("planId", ctx.formParam("planId"), 1, Integer.MAX_VALUE);
        ExercisePlans.Run run =
                run(account)
                        .filter(current -> current.plan().id() == planId)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                Problem.of(
                                                        "plan-changed",
                                                        "Your plan has changed",
                                                        409,
                                                        "your plan changed while this session was open;"
                                                                + " open the session again to follow the new version."
                                                                + " Nothing was saved",
                                                        "planId")));
        if (refusedShown(ctx, account)) {
            return;
        }
        SessionView view = view(account, run, 1);
        Optional<StopSignCheck.Clear> cleared =
                SessionPages.stopSignsCleared(ctx, sessions, view, templates);
        if (cleared.isEmpty()) {
            return;
        }
        Pain painBefore = Pain.parse("painBefore", param(ctx, "painBefore"));
        Pain painDuring = Pain.parse("painDuring", param(ctx, "painDuring"));
        Pain painAfter = Pain.parse("painAfter", param(ctx, "painAfter"));
        Map<String, Effort> efforts = new LinkedHashMap<>();
        for (PlanItem item : run.plan().items()) {
            String field = "effort-" + item.exerciseId();
            efforts.put(item.exerciseId(), effort(field, ctx.formParam(field)));
        }
        List<StepOutcome> steps = new ArrayList<>();
        for (SessionView.Step step : view.steps()) {
            String field = "step-" + step.index();
            StepResult result = StepResult.of(field, ctx.formParam(field));
            String spent = ctx.formParam("seconds-" + step.index());
            int seconds =
                    spent == null || spent.isBlank()
                            ? (result == StepResult.DONE ? step.seconds() : 0)
                            : Values.wholeNumber("seconds-" + step.index(), spent, 0, 24 * 3600);
            steps.add(new StepOutcome(step.id(), step.name(), result, seconds));
        }
        SessionOutcome outcome = SessionOutcome.of(steps, painBefore, Optional.of(painAfter));
        Instant ended = clock.instant();
        GuidedSessions.Recorded recorded =
                plans.record(
                        account.profile(),
                        cleared.get(),
                        outcome,
                        ended.minusSeconds(outcome.seconds()),
                        ended,
                        run.plan().id(),
                        new SessionReport(painDuring, painAfter, efforts));
        ctx.redirect("/diary?logged=" + recorded.logged().entry().id(), HttpStatus.SEE_OTHER);
    }

    /** Shows the result that rules a session out, if the person's answers do; true when shown. */
    private boolean refusedShown(Context ctx, Account account) {
        Optional<Assessment> refused = plans.refusal(account.personId());
        refused.ifPresent(
                assessment ->
                        ctx.redirect(
                                "/result?a=" + WizardState.encode(assessment.intake()),
                                HttpStatus.SEE_OTHER));
        return refused.isPresent();
    }

    static Effort effort(String field, String code) {
        return Coded.fromCode(Effort.class, code == null ? "" : code)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        field,
                                        "say how much of the dose you did: one of "
                                                + String.join(", ", Coded.codes(Effort.class))));
    }

    private static String param(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
