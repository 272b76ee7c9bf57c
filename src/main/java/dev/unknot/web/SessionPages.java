package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.diary.Activity;
import dev.unknot.diary.NewEntry;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.Logged;
import dev.unknot.intake.Coded;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Question;
import dev.unknot.intake.Values;
import dev.unknot.session.Countdown;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.StopSign;
import dev.unknot.plan.CarePlan;
import dev.unknot.session.SessionTiming;
import dev.unknot.session.StepResult;
import dev.unknot.session.SessionLog;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guided session in the browser. One form carries it: the stop signs (each must be answered; any yes
 * ends it before it starts), pain before, each step's outcome and seconds, pain after. Without JavaScript
 * the person fills it in by hand; session.js adds the timers and fills in the steps as they run. Saved to
 * the diary for a signed-in person, shown and not stored for anyone else.
 */
final class SessionPages {
    private final Assessor assessor;
    private final KnowledgeBase knowledge;
    private final FollowUpService followUp;
    private final Templates templates;
    private final Clock clock;

    SessionPages(Assessor assessor, KnowledgeBase knowledge, FollowUpService followUp, Templates templates, Clock clock) {
        this.assessor = assessor;
        this.knowledge = knowledge;
        this.followUp = followUp;
        this.templates = templates;
        this.clock = clock;
    }

    void show(Context ctx) {
        Assessment assessment = assessor.assess(WizardState.decode(ctx.queryParam("a")));
        Optional<CarePlan> plan = assessment.plan();
        if (plan.isEmpty()) {
            ctx.redirect("/result?a=" + WizardState.encode(assessment.intake()), HttpStatus.SEE_OTHER);
            return;
        }
        String speedParam = ctx.queryParam("speed");
        int speed = speedParam == null || speedParam.isBlank() ? 1
                : Values.wholeNumber("speed", speedParam, 1, Countdown.MAX_SPEED);
        templates.page(ctx, "session", SessionView.of(assessment, plan.get(), timing(), speed, Visitor.of(ctx).signedIn()));
    }

    void finish(Context ctx) {
        Assessment assessment = assessor.assess(WizardState.decode(ctx.formParam("a")));
        CarePlan plan = assessment.plan().orElseThrow(() -> new InvalidInputException("a",
                "these answers do not lead to a self-care plan, so there is no session to save"));
        SessionView view = SessionView.of(assessment, plan, timing(), 1, false);
        List<SessionView.Sign> stopped = new ArrayList<>();
        for (int i = 0; i < plan.stopSigns().size(); i++) {
            if ("yes".equals(ctx.formParam("stop-" + plan.stopSigns().get(i).id()))) {
                stopped.add(view.stopSigns().get(i));
            }
        }
        if (!stopped.isEmpty()) {
            templates.page(ctx, "session-done", new SessionEnd(stopped, ""));
            return;
        }
        for (StopSign sign : plan.stopSigns()) {
            if (!"no".equals(ctx.formParam("stop-" + sign.id()))) {
                throw new InvalidInputException("stop-" + sign.id(),
                        "answer yes or no: a stop sign cannot be left open (\"" + sign.text() + "\")");
            }
        }
        int painBefore = Values.wholeNumber("painBefore", Optional.ofNullable(ctx.formParam("painBefore")).orElse(""), 0, 10);
        Optional<Integer> painAfter = Optional.ofNullable(ctx.formParam("painAfter")).filter(text -> !text.isBlank())
                .map(text -> Values.wholeNumber("painAfter", text, 0, 10));
        List<SessionLog.StepLog> steps = new ArrayList<>();
        for (SessionView.Step step : view.steps()) {
            StepResult outcome = Coded.fromCode(StepResult.class,
                    Optional.ofNullable(ctx.formParam("step-" + step.index())).orElse("")).orElseThrow(
                    () -> new InvalidInputException("step-" + step.index(), "must be done, skipped or not-reached"));
            String spent = ctx.formParam("seconds-" + step.index());
            int seconds = spent == null || spent.isBlank() ? (outcome == StepResult.DONE ? step.seconds() : 0)
                    : Values.wholeNumber("seconds-" + step.index(), spent, 0, 24 * 3600);
            steps.add(new SessionLog.StepLog(step.id(), step.name(), outcome, seconds));
        }
        boolean finished = steps.stream().noneMatch(step -> step.outcome() == StepResult.NOT_REACHED);
        Instant ended = clock.instant();
        Instant started = started(ctx.formParam("startedAt"), ended, steps);
        SessionLog log = new SessionLog(0, started, ended, painBefore, painAfter, finished, steps);
        String summary = summary(log);
        Optional<Account> account = Visitor.of(ctx).account();
        if (account.isEmpty()) {
            templates.page(ctx, "session-done", new SessionEnd(List.of(), summary));
            return;
        }
        Map<Question, Object> safety = StopSign.noAnswers(plan.stopSigns());
        NewEntry entry = new NewEntry(followUp.today(), painAfter.orElse(painBefore), EnumSet.of(Activity.SESSION),
                "guided session: " + summary, safety);
        Logged logged = followUp.logSession(account.get().profile(), log, entry);
        ctx.redirect("/diary?logged=" + logged.entry().id(), HttpStatus.SEE_OTHER);
    }

    static String summary(SessionLog log) {
        long done = log.steps().stream().filter(step -> step.outcome() == StepResult.DONE).count();
        long skipped = log.steps().stream().filter(step -> step.outcome() == StepResult.SKIPPED).count();
        int seconds = log.steps().stream().mapToInt(SessionLog.StepLog::seconds).sum();
        return done + " done, " + skipped + " skipped, " + (log.steps().size() - done - skipped) + " not reached; "
                + (seconds / 60) + " min " + (seconds % 60) + " s of timed exercise; pain " + log.painBefore() + " -> "
                + log.painAfter().map(String::valueOf).orElse("not given") + (log.finished() ? "" : "; stopped early");
    }

    private SessionTiming timing() {
        return new SessionTiming(knowledge.care().settings().secondsPerRep());
    }

    /** When the session began: as the page's script recorded it, if plausible, else reckoned from the steps. */
    private static Instant started(String epochMillis, Instant ended, List<SessionLog.StepLog> steps) {
        Instant reckoned = ended.minusSeconds(steps.stream().mapToInt(SessionLog.StepLog::seconds).sum());
        if (epochMillis == null || epochMillis.isBlank()) {
            return reckoned;
        }
        try {
            Instant given = Instant.ofEpochMilli(Long.parseLong(epochMillis.trim()));
            return given.isAfter(ended) || given.isBefore(ended.minusSeconds(24 * 3600)) ? reckoned : given;
        } catch (NumberFormatException e) {
            return reckoned;
        }
    }
}
