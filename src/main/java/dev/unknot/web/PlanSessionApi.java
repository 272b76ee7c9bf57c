package dev.unknot.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.account.Account;
import dev.unknot.assessment.Assessment;
import dev.unknot.exercise.Effort;
import dev.unknot.exercise.PlanItem;
import dev.unknot.exercise.SessionReport;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Pain;
import dev.unknot.json.StrictJson;
import dev.unknot.pathway.ExercisePlans;
import dev.unknot.pathway.GuidedSessions;
import dev.unknot.pathway.StopSignCheck;
import dev.unknot.session.SessionOutcome;
import dev.unknot.session.SessionStep;
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
 * A session of the person's current individual plan over JSON ({@code POST /api/plan/sessions}):
 * the stop signs first, then pain before, during and after and, per exercise, how much of the dose
 * was done ({@code done}, {@code partly}, {@code stopped-for-pain}); an exercise done in full
 * counts its whole timed dose, any other as skipped. Answers that rule a session out are a 409, as
 * for {@code POST /api/sessions}.
 */
final class PlanSessionApi {
    private final ExercisePlans plans;
    private final GuidedSessions sessions;
    private final Clock clock;

    PlanSessionApi(ExercisePlans plans, GuidedSessions sessions, Clock clock) {
        this.plans = plans;
        this.sessions = sessions;
        this.clock = clock;
    }

    void save(Context ctx) {
        Account account = Visitor.of(ctx).required();
        PlanRequests.PlanSession body =
                StrictJson.read(Bodies.json(ctx), PlanRequests.PlanSession.class);
        ExercisePlans.Run run =
                plans.session(account.personId())
                        .orElseThrow(() -> ProblemException.notFound("plan"));
        if (body.planId() != null && body.planId() != run.plan().id()) {
            throw new ProblemException(
                    Problem.of(
                            "plan-changed",
                            "Your plan has changed",
                            409,
                            "the plan changed since this session began; nothing was saved",
                            "planId"));
        }
        Map<String, Boolean> answers;
        if (Boolean.TRUE.equals(body.stopSignsAllNo()) && body.stopSigns() == null) {
            answers = sessions.stopSigns().allNo();
        } else if (body.stopSigns() != null && body.stopSignsAllNo() == null) {
            answers = body.stopSigns();
        } else {
            throw new InvalidInputException(
                    "stopSigns", "is required (or stopSignsAllNo: true, but not both)");
        }
        StopSignCheck.Outcome check = sessions.stopSigns().check(answers);
        if (check instanceof StopSignCheck.Stopped stopped) {
            ObjectNode json = StrictJson.MAPPER.createObjectNode();
            json.put("saved", false);
            var signs = json.putArray("stoppedBy");
            stopped.yes()
                    .forEach(
                            sign ->
                                    signs.addObject()
                                            .put("id", sign.id())
                                            .put("text", sign.text()));
            json.put(
                    "advice",
                    "Do not start the session. Answer the assessment again with these answers added.");
            ctx.contentType(AssessmentApi.JSON).result(json.toString());
            return;
        }
        if (check instanceof StopSignCheck.Open open) {
            throw open.problem();
        }
        Optional<Assessment> refused = plans.refusal(account.personId());
        if (refused.isPresent()) {
            throw new ProblemException(
                    Problem.of(
                            "session-not-allowed",
                            "No self-care session now",
                            409,
                            "your latest answers, with the safety answers in your diary since, rule"
                                    + " a self-care session out now; nothing was saved",
                            "stopSigns"));
        }
        Pain before = pain("painBefore", body.painBefore());
        Pain during = pain("painDuring", body.painDuring());
        Pain after = pain("painAfter", body.painAfter());
        Map<String, Effort> efforts = new LinkedHashMap<>();
        Map<String, String> given = body.efforts() == null ? Map.of() : body.efforts();
        for (PlanItem item : run.plan().items()) {
            efforts.put(
                    item.exerciseId(),
                    PlanSessionForm.effort(
                            "efforts." + item.exerciseId(), given.get(item.exerciseId())));
        }
        for (String id : given.keySet()) {
            if (!efforts.containsKey(id)) {
                throw new InvalidInputException("efforts." + id, "is not an exercise of the plan");
            }
        }
        List<StepOutcome> steps = new ArrayList<>();
        for (SessionStep step : run.steps()) {
            boolean done = efforts.get(step.step().id()) == Effort.DONE;
            steps.add(
                    new StepOutcome(
                            step.step().id(),
                            step.step().name(),
                            done ? StepResult.DONE : StepResult.SKIPPED,
                            done ? step.seconds() : 0));
        }
        SessionOutcome outcome = SessionOutcome.of(steps, before, Optional.of(after));
        Instant ended = clock.instant();
        GuidedSessions.Recorded recorded =
                plans.record(
                        account.profile(),
                        (StopSignCheck.Clear) check,
                        outcome,
                        ended.minusSeconds(outcome.seconds()),
                        ended,
                        run.plan().id(),
                        new SessionReport(during, after, efforts));
        ObjectNode json = StrictJson.MAPPER.createObjectNode();
        json.put("saved", true);
        json.put("sessionId", recorded.sessionId());
        json.put("planVersion", run.plan().version());
        json.put("summary", recorded.summary());
        ctx.status(HttpStatus.CREATED).contentType(AssessmentApi.JSON).result(json.toString());
    }

    private static Pain pain(String field, Integer points) {
        if (points == null) {
            throw new InvalidInputException(
                    field, "is required: a whole number from " + Pain.MIN + " to " + Pain.MAX);
        }
        return Pain.of(field, points);
    }
}
