package dev.unknot.cli;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.diary.Activity;
import dev.unknot.diary.Escalation;
import dev.unknot.diary.NewEntry;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.Logged;
import dev.unknot.intake.Intake;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.StopSign;
import dev.unknot.knowledge.Disposition;
import dev.unknot.plan.CarePlan;
import dev.unknot.session.Countdown;
import dev.unknot.session.GuidedSession;
import dev.unknot.session.SessionLog;
import dev.unknot.session.SessionOutcome;
import dev.unknot.session.SessionTiming;
import dev.unknot.session.StepResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot session}: runs the plan of the latest saved assessment step by step. The stop signs come
 * first; a yes to any of them means no session: the answers are added to the saved intake (stored as a new
 * assessment, so the next session starts from them too) and the triage result is shown. Otherwise pain
 * before, every step with its countdowns, pain after; then the session and a diary entry linked to it are
 * stored in one transaction and the follow-up rules run as after {@code unknot log}.
 */
@Command(name = "session", description = {
    "Guided session: your current plan step by step, with a timer for every hold and repetition set.",
    "Uses the plan of your latest 'unknot assess --save'."})
final class SessionCommand implements Callable<Integer> {
    private final Services services;
    private final AssessCommand.Console console;

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions store;

    @Mixin
    ColorOption color;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "1",
            description = "Run the timer N times faster, 1-" + Countdown.MAX_SPEED + " (for demos and tests; default: 1).")
    int speed;

    @Option(names = "--pain-before", paramLabel = "0-10",
            description = "Pain right now, 0 (none) to 10 (worst), instead of being asked.")
    Integer painBeforeOption;

    SessionCommand(Services services, AssessCommand.Console console) {
        this.services = services;
        this.console = console;
    }

    @Override
    public Integer call() {
        if (speed < 1 || speed > Countdown.MAX_SPEED) {
            throw new UsageProblem("--speed must be a whole number from 1 to " + Countdown.MAX_SPEED + ", was " + speed);
        }
        if (painBeforeOption != null && (painBeforeOption < 0 || painBeforeOption > 10)) {
            throw new InvalidInputException("pain-before", "must be a whole number from 0 to 10, was " + painBeforeOption);
        }
        String profile = store.profile(services);
        SavedAssessment saved = services.database(store.database()).inTransaction(tx -> {
            var person = tx.people().find(profile);
            return person.isPresent() ? tx.assessments().latest(person.get().id()) : Optional.<SavedAssessment>empty();
        }).orElseThrow(() -> new UsageProblem("no saved assessment for the profile '" + profile
                + "': run `unknot assess --save` first"));
        if (console.interactive()) {
            try (TerminalInput terminal = new TerminalInput()) {
                return guide(profile, saved.intake(), terminal);
            }
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8));
        return guide(profile, saved.intake(), LineInput.pipe(reader, spec.commandLine().getOut()));
    }

    private int guide(String profile, Intake intake, LineInput input) {
        PrintWriter out = spec.commandLine().getOut();
        Style style = color.style();
        AssessmentText text = new AssessmentText(services.knowledge(), style);
        Assessment assessment = services.assessor().assess(intake);
        out.println(style.dim(services.knowledge().disclaimer()));
        if (assessment.plan().isEmpty()) {
            out.print(text.render(assessment));
            out.println();
            out.println("No guided session: your latest saved answers do not allow a self-care plan (see above).");
            out.flush();
            return 0;
        }
        CarePlan plan = assessment.plan().get();
        StopSignCheck check = new StopSignCheck(services.knowledge(), input, out);
        StopSignCheck.Result stops = check.ask(plan.stopSigns());
        if (stops.ended() && stops.yes().isEmpty()) {
            out.println();
            out.println("(input ended before every stop sign was answered: the session does not start)");
            out.flush();
            return 0;
        }
        if (!stops.yes().isEmpty()) {
            return stop(profile, intake, stops, check, text);
        }
        if (assessment.triage().disposition() != Disposition.SELF_CARE) {
            StringBuilder first = new StringBuilder("\n");
            text.headline(first, assessment.triage().disposition());
            out.print(first);
        }
        plan.limits().forEach(limit -> out.println(style.yellow(" NOTE ") + " " + limit.text()));
        Optional<Integer> painBefore = painBeforeOption != null ? Optional.of(painBeforeOption)
                : askPain(input, out, "Pain right now, before you start (0 = none, 10 = worst)?");
        if (painBefore.isEmpty()) {
            out.println("(input ended before the session started: nothing was saved)");
            out.flush();
            return 0;
        }
        Instant startedAt = services.clock().instant();
        int secondsPerRep = services.knowledge().care().settings().secondsPerRep();
        GuidedSession session = new GuidedSession(new SessionTiming(secondsPerRep).steps(plan));
        GuidedRun run = new GuidedRun(input, out, style, new Countdown(services.sleeper(), speed), speed);
        run.run(session);
        Optional<Integer> painAfter = run.inputEnded() ? Optional.empty()
                : askPain(input, out, "Pain right now, after the session (0 = none, 10 = worst)?");
        SessionOutcome outcome = session.outcome(painBefore.get(), painAfter);
        save(profile, outcome, startedAt, StopSign.noAnswers(plan.stopSigns()), style);
        if (outcome.finished() && !plan.afterCare().isEmpty()) {
            out.println();
            out.println(style.bold("After the session"));
            plan.afterCare().forEach(item -> out.println("  - " + item.text()));
        }
        out.flush();
        return 0;
    }

    private int stop(String profile, Intake intake, StopSignCheck.Result stops, StopSignCheck check, AssessmentText text) {
        PrintWriter out = spec.commandLine().getOut();
        Style style = color.style();
        out.println();
        out.println(style.red(" STOP: the session does not start. "));
        stops.yes().forEach(sign -> out.println("  You said yes to: " + sign.text()));
        Optional<Intake> updated = check.withYes(intake, stops.yes());
        if (updated.isEmpty()) {
            out.println("(input ended: nothing was saved; do not start self-care until you have been checked)");
            out.flush();
            return 0;
        }
        Assessment assessment = services.assessor().assess(updated.get());
        out.println();
        out.print(text.render(assessment));
        services.database(store.database()).inTransaction(tx -> {
            long personId = tx.people().findOrCreate(profile, services.clock().instant()).id();
            tx.assessments().save(personId, updated.get(), assessment.triage().disposition(),
                    services.clock().instant());
            return null;
        });
        out.println();
        out.println("These answers were added to the saved assessment of '" + profile + "', so the next session starts"
                + " from them. When things have changed, answer again with `unknot assess --save`.");
        out.flush();
        return 0;
    }

    private void save(String profile, SessionOutcome outcome, Instant startedAt, Map<dev.unknot.intake.Question, Object> safety,
            Style style) {
        PrintWriter out = spec.commandLine().getOut();
        SessionLog log = new SessionLog(0, startedAt, services.clock().instant(), outcome.painBefore(), outcome.painAfter(),
                outcome.finished(), outcome.steps().stream()
                        .map(step -> new SessionLog.StepLog(step.stepId(), step.name(), step.result(), step.seconds()))
                        .toList());
        FollowUpService followUp = services.followUp(store.database());
        int pain = outcome.painAfter().orElse(outcome.painBefore());
        NewEntry entry = new NewEntry(followUp.today(), pain, EnumSet.of(Activity.SESSION), note(outcome), safety);
        Logged logged = followUp.logSession(profile, log, entry);
        out.println(style.bold("Session saved") + " (#" + logged.entry().sessionId().orElseThrow() + "): " + summary(outcome));
        out.println("Saved to the diary of '" + profile + "': " + FollowUpText.describe(entry) + ".");
        logged.retriage().ifPresent(assessment -> out.print(
                new AssessmentText(services.knowledge(), style).render(assessment)));
        out.print(new FollowUpText(style).verdict(logged.verdict()));
        for (Escalation escalation : logged.raised()) {
            if (!logged.verdict().escalations().contains(escalation)) {
                out.print(new FollowUpText(style).escalation(escalation));
            }
        }
    }

    static String summary(SessionOutcome outcome) {
        String pain = "pain " + outcome.painBefore() + " -> " + outcome.painAfter().map(String::valueOf).orElse("not given");
        return outcome.count(StepResult.DONE) + " done, " + outcome.count(StepResult.SKIPPED) + " skipped, "
                + outcome.count(StepResult.NOT_REACHED) + " not reached; " + CountdownText.clock(outcome.seconds())
                + " of timed exercise; " + pain + (outcome.finished() ? "" : "; stopped early") + ".";
    }

    private static String note(SessionOutcome outcome) {
        return "guided session: " + summary(outcome);
    }

    private static Optional<Integer> askPain(LineInput input, PrintWriter out, String question) {
        String prompt = "\n" + question + "\n> ";
        while (true) {
            Optional<String> line = input.readLine(prompt);
            if (line.isEmpty()) {
                return Optional.empty();
            }
            try {
                int pain = Integer.parseInt(line.get().trim());
                if (pain >= 0 && pain <= 10) {
                    return Optional.of(pain);
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
            out.println("Please give a whole number from 0 to 10, was \"" + line.get().trim() + "\".");
            prompt = "> ";
        }
    }
}
