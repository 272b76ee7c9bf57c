package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Pain;
import dev.unknot.knowledge.Dose;
import dev.unknot.plan.PlanStep;
import dev.unknot.plan.Section;
import dev.unknot.session.Command;
import dev.unknot.session.Countdown;
import dev.unknot.session.GuidedSession;
import dev.unknot.session.SessionTiming;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountdownTextTest {

    /**
     * A terminal stand-in: redraws, gives the queued keys one per poll and the queued lines when
     * asked.
     */
    private static final class FakeTerminal implements LineInput {
        final Deque<Character> keys = new ArrayDeque<>();
        final Deque<String> lines = new ArrayDeque<>();
        final StringBuilder prompts = new StringBuilder();
        boolean raw;

        @Override
        public Optional<String> readLine(String prompt) {
            prompts.append(prompt);
            return Optional.ofNullable(lines.poll());
        }

        @Override
        public Optional<Character> pollKey() {
            return raw ? Optional.ofNullable(keys.poll()) : Optional.empty();
        }

        @Override
        public void keysOn() {
            raw = true;
        }

        @Override
        public void keysOff() {
            raw = false;
        }

        @Override
        public boolean redraws() {
            return true;
        }
    }

    private static GuidedSession session(Dose.Kind kind, int min, boolean perSide) {
        PlanStep step =
                new PlanStep(
                        Section.STRETCH,
                        "s",
                        "S",
                        List.of(),
                        new Dose(kind, min, min, perSide, ""),
                        List.of(),
                        List.of(),
                        List.of("002"));
        return new GuidedSession(
                new SessionTiming(5)
                        .steps(
                                new dev.unknot.plan.CarePlan(
                                        dev.unknot.plan.Phase.ACUTE,
                                        List.of(),
                                        List.of(step),
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        List.of(),
                                        new dev.unknot.knowledge.GeneralAdvice(
                                                List.of(), List.of()))));
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceEverySecond() {
        StringWriter text = new StringWriter();
        FakeTerminal terminal = new FakeTerminal();
        GuidedSession session = session(Dose.Kind.HOLD, 2, false);
        session.next();
        terminal.keysOn();

        new Countdown(duration -> {}, 1)
                .run(session, new CountdownText(new PrintWriter(text), terminal, 1));

        assertThat(text.toString())
                .contains("\r  centre  [....................]   0:00 / 0:02")
                .contains("\r  centre  [##########..........]   0:01 / 0:02")
                .contains("\r  centre  [####################]   0:02 / 0:02  done\n");
    }

    @Test
    void keysWhileTheClockRunsPauseAndQuit() {
        StringWriter text = new StringWriter();
        FakeTerminal terminal = new FakeTerminal();
        terminal.keys.add('x');
        terminal.keys.add('p');
        terminal.lines.add("q");
        GuidedSession session = session(Dose.Kind.HOLD, 30, false);
        session.next();
        terminal.keysOn();

        new Countdown(duration -> {}, 1)
                .run(session, new CountdownText(new PrintWriter(text), terminal, 1));

        assertThat(terminal.prompts.toString()).contains("Paused; the clock has stopped.");
        assertThat(session.state()).isEqualTo(GuidedSession.State.FINISHED);
        assertThat(session.outcome(new Pain(3), Optional.empty()).steps().get(0).seconds())
                .isEqualTo(2);
        assertThat(terminal.raw).as("keys back on after the pause prompt").isTrue();
    }

    @Test
    void keysMapToCommands() {
        FakeTerminal terminal = new FakeTerminal();
        terminal.keysOn();
        CountdownText view = new CountdownText(new PrintWriter(new StringWriter()), terminal, 1);
        for (char key : new char[] {'p', ' ', 'S', 'r', 'q', 'z'}) {
            terminal.keys.add(key);
        }

        assertThat(
                        List.of(
                                view.poll(),
                                view.poll(),
                                view.poll(),
                                view.poll(),
                                view.poll(),
                                view.poll()))
                .containsExactly(
                        Optional.of(Command.PAUSE),
                        Optional.of(Command.PAUSE),
                        Optional.of(Command.SKIP),
                        Optional.of(Command.REPEAT),
                        Optional.of(Command.QUIT),
                        Optional.empty());
    }

    @Test
    void onAPipeALineEveryFiveRealSecondsThatIsTenCountdownSecondsAtSpeedTwo() {
        StringWriter text = new StringWriter();
        GuidedSession session = session(Dose.Kind.REPS, 10, false);
        session.next();

        new Countdown(duration -> {}, 2)
                .run(
                        session,
                        new CountdownText(new PrintWriter(text), prompt -> Optional.empty(), 2));

        assertThat(text.toString().lines())
                .containsExactly(
                        "  centre  [....................]   0:00 / 0:50  repetition 1 of 10",
                        "  centre  [####................]   0:10 / 0:50  repetition 3 of 10",
                        "  centre  [########............]   0:20 / 0:50  repetition 5 of 10",
                        "  centre  [############........]   0:30 / 0:50  repetition 7 of 10",
                        "  centre  [################....]   0:40 / 0:50  repetition 9 of 10",
                        "  centre  [####################]   0:50 / 0:50  10 repetitions  done");
    }
}
