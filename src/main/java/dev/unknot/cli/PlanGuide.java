package dev.unknot.cli;

import dev.unknot.assessment.Assessment;
import dev.unknot.exercise.Effort;
import dev.unknot.exercise.PlanItem;
import dev.unknot.exercise.SessionReport;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Pain;
import dev.unknot.intake.text.OneAnswer;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.pathway.ExercisePlans;
import dev.unknot.pathway.GuidedSessions;
import dev.unknot.pathway.StopSignCheck;
import dev.unknot.session.Countdown;
import dev.unknot.session.GuidedSession;
import dev.unknot.session.SessionOutcome;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code unknot session} for a person with an individual plan: the result first when their answers
 * rule a session out, then the stop signs, pain before, the plan's exercises with a countdown for
 * every set, hold and rest, then pain during and after and how much of each dose was done, stored
 * with the version followed.
 */
final class PlanGuide {
    /** What a stop-sign yes does (the same as for the generated plan's session). */
    @FunctionalInterface
    interface Stop {
        int stop(
                String profile,
                Intake intake,
                StopSignCheck.Stopped stopped,
                LineInput input,
                AssessmentText text);
    }

    private final Services services;
    private final ExercisePlans plans;
    private final PrintWriter out;
    private final Style style;
    private final int speed;
    private final ProfileOptions store;

    PlanGuide(
            Services services,
            ProfileOptions store,
            ExercisePlans plans,
            PrintWriter out,
            Style style,
            int speed) {
        this.services = services;
        this.store = store;
        this.plans = plans;
        this.out = out;
        this.style = style;
        this.speed = speed;
    }

    int run(
            String profile,
            ExercisePlans.Run run,
            Optional<Pain> givenPainBefore,
            LineInput input,
            Stop onYes) {
        AssessmentText text =
                new AssessmentText(services.knowledge(), style, services.helpRegion());
        out.println(style.dim(services.knowledge().disclaimer()));
        long personId = run.plan().personId();
        Optional<Assessment> refused = plans.refusal(personId);
        if (refused.isPresent()) {
            out.print(text.render(refused.get()));
            out.println();
            out.println(
                    "No guided session: your answers rule a self-care session out now (see above).");
            out.flush();
            return 0;
        }
        out.println(
                style.bold("Your exercise plan, version " + run.plan().version())
                        + " (by "
                        + run.plan().author().name()
                        + ")");
        GuidedSessions sessions = services.sessions(store.database());
        Map<String, Boolean> answers =
                new StopSignQuestions(new OneAnswer(services.freeText()), input, out)
                        .ask(sessions.stopSigns().signs());
        StopSignCheck.Outcome check = sessions.stopSigns().check(answers);
        if (check instanceof StopSignCheck.Stopped stopped) {
            return onYes.stop(
                    profile,
                    plans.latestAnswers(personId).orElse(Intake.empty()),
                    stopped,
                    input,
                    text);
        }
        if (!(check instanceof StopSignCheck.Clear clear)) {
            out.println();
            out.println(
                    "(input ended before every stop sign was answered: the session does not start)");
            out.flush();
            return 0;
        }
        Optional<Pain> painBefore = SessionCommand.painBefore(givenPainBefore, input, out);
        if (painBefore.isEmpty()) {
            return 0;
        }
        Instant startedAt = services.clock().instant();
        GuidedSession session = new GuidedSession(run.steps());
        GuidedRun guided =
                new GuidedRun(input, out, style, new Countdown(services.sleeper(), speed), speed);
        guided.run(session);
        Optional<Pain> painDuring =
                guided.inputEnded()
                        ? Optional.empty()
                        : SessionCommand.askPain(
                                input,
                                out,
                                "Worst pain during the session (0 = none, 10 = worst)?");
        Optional<Pain> painAfter =
                painDuring.isEmpty()
                        ? Optional.empty()
                        : SessionCommand.askPain(
                                input,
                                out,
                                "Pain right now, after the session (0 = none, 10 = worst)?");
        Map<String, Effort> efforts = new LinkedHashMap<>();
        for (PlanItem item : run.plan().items()) {
            if (painAfter.isEmpty()) {
                break;
            }
            Optional<Effort> effort = askEffort(input, name(item.exerciseId()));
            if (effort.isEmpty()) {
                break;
            }
            efforts.put(item.exerciseId(), effort.get());
        }
        if (painAfter.isEmpty() || efforts.size() < run.plan().items().size()) {
            out.println("(input ended before the questions after the session: nothing was saved)");
            out.flush();
            return 0;
        }
        SessionOutcome outcome = session.outcome(painBefore.get(), painAfter);
        GuidedSessions.Recorded recorded =
                plans.record(
                        profile,
                        clear,
                        outcome,
                        startedAt,
                        services.clock().instant(),
                        run.plan().id(),
                        new SessionReport(painDuring.get(), painAfter.get(), efforts));
        out.println(
                style.bold("Session saved")
                        + " (#"
                        + recorded.sessionId()
                        + "): "
                        + recorded.summary()
                        + ".");
        out.println(
                "Tomorrow's diary entry (unknot log) looks back at it and says whether the doses"
                        + " should change.");
        new FollowUpText(style, services.knowledge()).logged(out, recorded.logged(), text);
        out.flush();
        return 0;
    }

    private String name(String exerciseId) {
        return plans.exercise(exerciseId).map(LibraryExercise::name).orElse(exerciseId);
    }

    private Optional<Effort> askEffort(LineInput input, String name) {
        String prompt =
                "\n"
                        + name
                        + ": did you do all of the dose, part of it, or stop for pain? (all / part / stopped)\n> ";
        while (true) {
            Optional<String> line = input.readLine(prompt);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            String said = line.get().strip().toLowerCase(Locale.ROOT);
            if (said.startsWith("all") || said.equals("done")) {
                return Optional.of(Effort.DONE);
            }
            if (said.startsWith("part")) {
                return Optional.of(Effort.PARTLY);
            }
            if (said.startsWith("stop") || said.contains("pain")) {
                return Optional.of(Effort.STOPPED_FOR_PAIN);
            }
            out.println("Please answer all, part or stopped.");
            prompt = "> ";
        }
    }
}
