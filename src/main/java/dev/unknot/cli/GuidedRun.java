package dev.unknot.cli;

import dev.unknot.plan.PlanStep;
import dev.unknot.session.Countdown;
import dev.unknot.session.GuidedSession;
import dev.unknot.session.SessionStep;
import dev.unknot.session.TimedUnit;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * Takes a person through a guided session in the terminal: each step's card, the prompt between
 * steps, and the countdowns. The end of input (Ctrl-D, a closed pipe) quits, keeping what was done.
 */
final class GuidedRun {
    static final String PROMPT = "Enter = next, r = repeat, s = skip, p = pause, q = quit\n> ";
    static final String LAST_PROMPT = "Enter = finish, r = repeat, q = quit\n> ";

    private final LineInput input;
    private final PrintWriter out;
    private final Style style;
    private final Countdown countdown;
    private final CountdownText view;
    private boolean inputEnded;

    GuidedRun(LineInput input, PrintWriter out, Style style, Countdown countdown, int speed) {
        this.input = input;
        this.out = out;
        this.style = style;
        this.countdown = countdown;
        this.view = new CountdownText(out, input, speed);
    }

    /** Whether the run ended because the input did. */
    boolean inputEnded() {
        return inputEnded;
    }

    void run(GuidedSession session) {
        int shown = -1;
        while (session.state() != GuidedSession.State.FINISHED) {
            Optional<SessionStep> upcoming = session.current();
            if (upcoming.isPresent() && shown != session.position()) {
                card(session.position() + 1, session.steps().size(), upcoming.get());
                shown = session.position();
            } else if (upcoming.isEmpty() && shown != session.position()) {
                out.println();
                out.println(style.bold("That was the last step."));
                shown = session.position();
            }
            Optional<String> line = input.readLine(upcoming.isPresent() ? PROMPT : LAST_PROMPT);
            if (line.isEmpty()) {
                inputEnded = true;
                session.quit();
                out.println("(input ended: the session stops here; what you did is kept)");
                return;
            }
            String choice = line.get().trim().toLowerCase(Locale.ROOT);
            switch (choice) {
                case "" -> session.next();
                case "r" -> {
                    if (!session.canRepeat()) {
                        out.println("There is no step to repeat yet.");
                        continue;
                    }
                    session.repeat();
                    out.println("Again: " + session.current().orElseThrow().step().name());
                }
                case "s" -> {
                    if (upcoming.isEmpty()) {
                        out.println("There is no step left to skip.");
                        continue;
                    }
                    session.skip();
                    out.println("Skipped: " + upcoming.get().step().name());
                }
                case "p" -> {
                    session.pause();
                    Optional<String> resume = input.readLine("Paused. Press Enter to go on.\n> ");
                    if (resume.isEmpty()) {
                        inputEnded = true;
                        session.quit();
                        return;
                    }
                    session.resume();
                    shown = -1;
                }
                case "q" -> session.quit();
                default ->
                        out.println(
                                "Sorry, \""
                                        + line.get().trim()
                                        + "\" is not one of: Enter, r, s, p, q.");
            }
            if (session.state() == GuidedSession.State.RUNNING) {
                runCountdown(session);
                if (session.state() == GuidedSession.State.WAITING && session.position() > 0) {
                    shown = session.position() == shown ? -1 : shown;
                }
            }
        }
    }

    private void runCountdown(GuidedSession session) {
        input.keysOn();
        try {
            countdown.run(session, view);
        } finally {
            input.keysOff();
        }
    }

    private void card(int number, int total, SessionStep step) {
        PlanStep plan = step.step();
        out.println();
        out.println(style.bold("Step " + number + " of " + total + ": " + plan.name()));
        out.println("  " + step.doseWords() + "; timed: " + timed(step));
        if (!plan.forMuscles().isEmpty()) {
            out.println("  for: " + String.join(", ", plan.forMuscles()));
        }
        plan.instructions().forEach(line -> out.println("  - " + line));
        plan.cautions().forEach(line -> out.println("  ! " + line));
        out.flush();
    }

    private static String timed(SessionStep step) {
        if (step.units().size() > 2 || step.units().stream().anyMatch(TimedUnit::rest)) {
            return CountdownText.clock(step.seconds()) + " in all";
        }
        TimedUnit first = step.units().get(0);
        String each =
                first.isRepSet()
                        ? first.repetitions()
                                + " repetitions ("
                                + CountdownText.clock(first.seconds())
                                + ")"
                        : CountdownText.clock(first.seconds());
        return step.units().size() > 1 ? each + " each side, left then right" : each;
    }
}
