package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Values;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.StopSign;
import dev.unknot.pathway.GuidedSessions;
import dev.unknot.pathway.StopSignCheck;
import dev.unknot.plan.CarePlan;
import dev.unknot.session.Countdown;
import dev.unknot.session.SessionOutcome;
import dev.unknot.session.SessionTiming;
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
 * The guided session in the browser. One form carries it: the stop signs (each must be answered;
 * any yes ends it before it starts), pain before, each step's outcome and seconds, pain after.
 * Without JavaScript the person fills it in by hand; session.js adds the timers and fills in the
 * steps as they run. The check and the recording are {@link GuidedSessions}', as for the terminal
 * and the API; saved to the diary for a signed-in person, shown and not stored for anyone else.
 */
final class SessionPages {
    private final Assessor assessor;
    private final KnowledgeBase knowledge;
    private final GuidedSessions sessions;
    private final Templates templates;
    private final Clock clock;
    private final PlanSessionForm planSession;

    SessionPages(
            Assessor assessor,
            KnowledgeBase knowledge,
            GuidedSessions sessions,
            Templates templates,
            Clock clock,
            PlanSessionForm planSession) {
        this.planSession = planSession;
        this.assessor = assessor;
        this.knowledge = knowledge;
        this.sessions = sessions;
        this.templates = templates;
        this.clock = clock;
    }

    void show(Context ctx) {
        Optional<Account> signedIn = Visitor.of(ctx).account();
        Optional<dev.unknot.pathway.ExercisePlans.Run> run = signedIn.flatMap(planSession::run);
        if (run.isPresent()) {
            planSession.show(ctx, signedIn.get(), run.get(), speed(ctx));
            return;
        }
        Assessment assessment = assessor.assess(WizardState.decode(ctx.queryParam("a")));
        Optional<CarePlan> plan = assessment.plan();
        Optional<Assessment> refused = refusal(ctx, assessment);
        if (plan.isEmpty() || refused.isPresent()) {
            ctx.redirect(
                    "/result?a=" + WizardState.encode(refused.orElse(assessment).intake()),
                    HttpStatus.SEE_OTHER);
            return;
        }
        int speed = speed(ctx);
        templates.page(
                ctx,
                "session",
                SessionView.of(
                        assessment,
                        plan.get(),
                        sessions.stopSigns(),
                        timing(),
                        speed,
                        Visitor.of(ctx).signedIn()));
    }

    private static int speed(Context ctx) {
        String speedParam = ctx.queryParam("speed");
        return speedParam == null || speedParam.isBlank()
                ? 1
                : Values.wholeNumber("speed", speedParam, 1, Countdown.MAX_SPEED);
    }

    void finish(Context ctx) {
        if (ctx.formParam("planId") != null) {
            planSession.finish(ctx);
            return;
        }
        Assessment assessment = assessor.assess(WizardState.decode(ctx.formParam("a")));
        CarePlan plan =
                assessment
                        .plan()
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "a",
                                                "these answers do not lead to a self-care plan, so there is no session to save"));
        SessionView view =
                SessionView.of(assessment, plan, sessions.stopSigns(), timing(), 1, false);
        Optional<StopSignCheck.Clear> cleared = stopSignsCleared(ctx, sessions, view, templates);
        if (cleared.isEmpty()) {
            return;
        }
        StopSignCheck.Clear clear = cleared.get();
        Pain painBefore =
                Pain.parse(
                        "painBefore", Optional.ofNullable(ctx.formParam("painBefore")).orElse(""));
        Optional<Pain> painAfter =
                Optional.ofNullable(ctx.formParam("painAfter"))
                        .filter(text -> !text.isBlank())
                        .map(text -> Pain.parse("painAfter", text));
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
        SessionOutcome outcome = SessionOutcome.of(steps, painBefore, painAfter);
        Optional<Account> account = Visitor.of(ctx).account();
        if (account.isEmpty()) {
            templates.page(ctx, "session-done", new SessionEnd(List.of(), outcome.summary()));
            return;
        }
        Optional<Assessment> refused = refusal(ctx, assessment);
        if (refused.isPresent()) {
            ctx.redirect(
                    "/result?a=" + WizardState.encode(refused.get().intake()),
                    HttpStatus.SEE_OTHER);
            return;
        }
        Instant ended = clock.instant();
        GuidedSessions.Recorded recorded =
                sessions.record(
                        account.get().profile(),
                        clear,
                        outcome,
                        started(ctx.formParam("startedAt"), ended, outcome),
                        ended);
        ctx.redirect("/diary?logged=" + recorded.logged().entry().id(), HttpStatus.SEE_OTHER);
    }

    /**
     * For a signed-in person, whether a red flag in their diary since (or their answers themselves)
     * now rules out a session: then the result of those answers is shown instead, and nothing is
     * kept.
     */
    private Optional<Assessment> refusal(Context ctx, Assessment assessment) {
        return Visitor.of(ctx)
                .account()
                .flatMap(
                        account ->
                                sessions.refusal(
                                        account.profile(), Optional.of(assessment.intake())));
    }

    /**
     * The stop-sign answers a session form sent, checked by the one {@link StopSignCheck}: clear to
     * go on; or a yes, when the page saying what to do instead is shown and empty is returned; or
     * one left open, a 400 naming it (never taken as "no").
     */
    static Optional<StopSignCheck.Clear> stopSignsCleared(
            Context ctx, GuidedSessions sessions, SessionView view, Templates templates) {
        StopSignCheck.Outcome check = sessions.stopSigns().check(stopSignAnswers(ctx, sessions));
        if (check instanceof StopSignCheck.Stopped stopped) {
            List<SessionView.Sign> signs =
                    view.stopSigns().stream()
                            .filter(
                                    sign ->
                                            stopped.yes().stream()
                                                    .anyMatch(yes -> yes.id().equals(sign.id())))
                            .toList();
            templates.page(ctx, "session-done", new SessionEnd(signs, ""));
            return Optional.empty();
        }
        if (check instanceof StopSignCheck.Open open) {
            throw open.problem();
        }
        return Optional.of((StopSignCheck.Clear) check);
    }

    /**
     * The stop-sign answers of the form: "yes" and "no" as given, anything else left out (open).
     */
    static Map<String, Boolean> stopSignAnswers(Context ctx, GuidedSessions sessions) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (StopSign sign : sessions.stopSigns().signs()) {
            String value = ctx.formParam("stopSigns." + sign.id());
            if ("yes".equals(value) || "no".equals(value)) {
                answers.put(sign.id(), "yes".equals(value));
            }
        }
        return answers;
    }

    private SessionTiming timing() {
        return new SessionTiming(knowledge.care().settings().secondsPerRep());
    }

    /**
     * When the session began: as the page's script recorded it, if plausible, else reckoned from
     * the steps.
     */
    private static Instant started(String epochMillis, Instant ended, SessionOutcome outcome) {
        Instant reckoned = ended.minusSeconds(outcome.seconds());
        if (epochMillis == null || epochMillis.isBlank()) {
            return reckoned;
        }
        try {
            Instant given = Instant.ofEpochMilli(Long.parseLong(epochMillis.trim()));
            return given.isAfter(ended) || given.isBefore(ended.minusSeconds(24 * 3600))
                    ? reckoned
                    : given;
        } catch (NumberFormatException e) {
            return reckoned;
        }
    }
}
