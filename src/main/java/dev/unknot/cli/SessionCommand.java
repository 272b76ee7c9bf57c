package dev.unknot.cli;

import dev.unknot.assessment.Assessment;
import dev.unknot.intake.Intake;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Pain;
import dev.unknot.intake.text.OneAnswer;
import dev.unknot.knowledge.Disposition;
import dev.unknot.pathway.ExercisePlans;
import dev.unknot.pathway.GuidedSessions;
import dev.unknot.pathway.StopSignCheck;
import dev.unknot.plan.CarePlan;
import dev.unknot.session.Countdown;
import dev.unknot.session.GuidedSession;
import dev.unknot.session.SessionOutcome;
import dev.unknot.session.SessionTiming;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot session}: runs the plan of the latest saved assessment step by step. The stop signs
 * come first; a yes to any of them means no session: the answers are added to the saved intake
 * (stored as a new assessment, so the next session starts from them too) and the triage result is
 * shown. Otherwise pain before, every step with its countdowns, pain after; then the session and a
 * diary entry linked to it are stored in one transaction and the follow-up rules run as after
 * {@code unknot log}.
 */
@Command(
        name = "session",
        description = {
            "Guided session: your current plan step by step, with a timer for every hold and repetition set.",
            "Follows your individual plan when you have one ('unknot plan'), else the plan of your latest 'unknot assess --save'."
        })
final class SessionCommand implements Callable<Integer> {
    private final Services services;
    private final Console console;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Mixin ColorOption color;

    @Option(
            names = "--speed",
            paramLabel = "N",
            defaultValue = "1",
            description =
                    "Run the timer N times faster, 1-"
                            + Countdown.MAX_SPEED
                            + " (for demos and tests; default: 1).")
    int speed;

    @Option(
            names = "--pain-before",
            paramLabel = "0-10",
            description = "Pain right now, 0 (none) to 10 (worst), instead of being asked.")
    Integer painBeforeOption;

    SessionCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (speed < 1 || speed > Countdown.MAX_SPEED) {
            throw new UsageProblem(
                    "--speed must be a whole number from 1 to "
                            + Countdown.MAX_SPEED
                            + ", was "
                            + speed);
        }
        Optional<Pain> givenPainBefore =
                Optional.ofNullable(painBeforeOption).map(points -> Pain.of("pain-before", points));
        String profile = store.profile(services);
        ExercisePlans plans = services.plans(store.database());
        Optional<ExercisePlans.Run> planRun = plans.personId(profile).flatMap(plans::session);
        if (planRun.isPresent()) {
            PlanGuide guide =
                    new PlanGuide(
                            services,
                            store,
                            plans,
                            spec.commandLine().getOut(),
                            color.style(),
                            speed);
            if (console.interactive()) {
                try (TerminalInput terminal = new TerminalInput()) {
                    return guide.run(profile, planRun.get(), givenPainBefore, terminal, this::stop);
                }
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
            return guide.run(
                    profile,
                    planRun.get(),
                    givenPainBefore,
                    LineInput.pipe(reader, spec.commandLine().getOut()),
                    this::stop);
        }
        Intake saved =
                services.assessments(store.database())
                        .current(profile)
                        .orElseThrow(
                                () ->
                                        new UsageProblem(
                                                "no saved assessment for the profile '"
                                                        + profile
                                                        + "': run `unknot assess --save` first"));
        if (console.interactive()) {
            try (TerminalInput terminal = new TerminalInput()) {
                return guide(profile, saved, givenPainBefore, terminal);
            }
        }
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
        return guide(
                profile,
                saved,
                givenPainBefore,
                LineInput.pipe(reader, spec.commandLine().getOut()));
    }

    private int guide(
            String profile, Intake intake, Optional<Pain> givenPainBefore, LineInput input) {
        PrintWriter out = spec.commandLine().getOut();
        Style style = color.style();
        AssessmentText text =
                new AssessmentText(services.knowledge(), style, services.helpRegion());
        Assessment assessment = services.assessor().assess(intake);
        out.println(style.dim(services.knowledge().disclaimer()));
        if (assessment.plan().isEmpty()) {
            out.print(text.render(assessment));
            out.println();
            out.println(
                    "No guided session: your latest saved answers do not allow a self-care plan (see above).");
            out.flush();
            return 0;
        }
        CarePlan plan = assessment.plan().get();
        GuidedSessions sessions = services.sessions(store.database());
        Map<String, Boolean> answers =
                new StopSignQuestions(new OneAnswer(services.freeText()), input, out)
                        .ask(sessions.stopSigns().signs());
        StopSignCheck.Outcome check = sessions.stopSigns().check(answers);
        if (check instanceof StopSignCheck.Stopped stopped) {
            return stop(profile, intake, stopped, input, text);
        }
        if (!(check instanceof StopSignCheck.Clear clear)) {
            // only the input ending leaves a sign open here: the questions ask again until yes or
            // no
            out.println();
            out.println(
                    "(input ended before every stop sign was answered: the session does not start)");
            out.flush();
            return 0;
        }
        if (assessment.triage().disposition() != Disposition.SELF_CARE) {
            StringBuilder first = new StringBuilder("\n");
            text.headline(first, assessment.triage().disposition());
            out.print(first);
        }
        plan.limits().forEach(limit -> out.println(style.yellow(" NOTE ") + " " + limit.text()));
        Optional<Pain> painBefore = painBefore(givenPainBefore, input, out);
        if (painBefore.isEmpty()) {
            return 0;
        }
        Instant startedAt = services.clock().instant();
        int secondsPerRep = services.knowledge().care().settings().secondsPerRep();
        GuidedSession session = new GuidedSession(new SessionTiming(secondsPerRep).steps(plan));
        GuidedRun run =
                new GuidedRun(input, out, style, new Countdown(services.sleeper(), speed), speed);
        run.run(session);
        Optional<Pain> painAfter =
                run.inputEnded()
                        ? Optional.empty()
                        : askPain(
                                input,
                                out,
                                "Pain right now, after the session (0 = none, 10 = worst)?");
        SessionOutcome outcome = session.outcome(painBefore.get(), painAfter);
        GuidedSessions.Recorded recorded =
                sessions.record(profile, clear, outcome, startedAt, services.clock().instant());
        out.println(
                style.bold("Session saved")
                        + " (#"
                        + recorded.sessionId()
                        + "): "
                        + recorded.summary()
                        + ".");
        out.println(
                "Saved to the diary of '"
                        + profile
                        + "': "
                        + FollowUpText.describe(recorded.logged().entry())
                        + ".");
        new FollowUpText(style, services.knowledge()).logged(out, recorded.logged(), text);
        if (outcome.finished() && !plan.afterCare().isEmpty()) {
            out.println();
            out.println(style.bold("After the session"));
            plan.afterCare().forEach(item -> out.println("  - " + item.text()));
        }
        out.flush();
        return 0;
    }

    /**
     * A yes: no session. The questions behind the signs answered yes go into the saved answers
     * (graded ones asked in full, by the same interview as the wizard), kept as the profile's
     * latest, and triage is shown.
     */
    int stop(
            String profile,
            Intake intake,
            StopSignCheck.Stopped stopped,
            LineInput input,
            AssessmentText text) {
        PrintWriter out = spec.commandLine().getOut();
        Style style = color.style();
        out.println();
        out.println(style.red(" STOP: the session does not start. "));
        stopped.yes().forEach(sign -> out.println("  You said yes to: " + sign.text()));
        Intake withYes = services.sessions(store.database()).stopSigns().withYes(intake, stopped);
        Intake answered =
                stopped.askInFull().isEmpty()
                        ? withYes
                        : Wizard.of(services, input, out)
                                .run(withYes, stopped.askInFull()::contains);
        Assessment assessment = services.assessments(store.database()).save(profile, answered);
        out.println();
        out.print(text.render(assessment));
        out.println();
        out.println(
                "These answers were added to the saved assessment of '"
                        + profile
                        + "', so the next session starts"
                        + " from them. When things have changed, answer again with `unknot assess --save`.");
        out.flush();
        return 0;
    }

    /**
     * The pain before a session: as given on the command line, or asked; empty (and said so) when
     * the input ends first, and nothing is saved.
     */
    static Optional<Pain> painBefore(Optional<Pain> given, LineInput input, PrintWriter out) {
        Optional<Pain> pain =
                given.isPresent()
                        ? given
                        : askPain(
                                input,
                                out,
                                "Pain right now, before you start (0 = none, 10 = worst)?");
        if (pain.isEmpty()) {
            out.println("(input ended before the session started: nothing was saved)");
            out.flush();
        }
        return pain;
    }

    static Optional<Pain> askPain(LineInput input, PrintWriter out, String question) {
        String prompt = "\n" + question + "\n> ";
        while (true) {
            Optional<String> line = input.readLine(prompt);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Pain.parse("pain", line.get()));
            } catch (InvalidInputException e) {
                out.println(
                        "Please give a whole number from 0 to 10, was \""
                                + line.get().trim()
                                + "\".");
            }
            prompt = "> ";
        }
    }
}
