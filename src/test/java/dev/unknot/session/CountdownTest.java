package dev.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.Pain;
import dev.unknot.knowledge.Dose;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountdownTest {

    /** Records what the countdown shows; gives the queued commands one per tick. */
    private static final class Recorder implements CountdownView {
        final List<String> shown = new ArrayList<>();
        final Deque<Optional<Command>> polls = new ArrayDeque<>();
        final Deque<Command> whilePaused = new ArrayDeque<>();

        @Override
        public void started(GuidedSession.Tick start) {
            shown.add("start " + start.step().step().id() + " " + start.unit().side().words());
        }

        @Override
        public void ticked(GuidedSession.Tick tick) {
            shown.add(tick.elapsed() + "/" + tick.unit().seconds());
        }

        @Override
        public Optional<Command> poll() {
            return polls.isEmpty() ? Optional.empty() : polls.poll();
        }

        @Override
        public Command whilePaused() {
            return whilePaused.poll();
        }
    }

    @Test
    void eachSecondSleepsOneSpeedthOfASecond() {
        List<Duration> slept = new ArrayList<>();
        GuidedSession session =
                new GuidedSession(
                        List.of(Steps.TIMING.step(Steps.step("knee", Dose.Kind.HOLD, 2, 2, true))));
        Recorder view = new Recorder();
        session.next();

        new Countdown(slept::add, 60).run(session, view);

        assertThat(slept).hasSize(4).containsOnly(Duration.ofNanos(1_000_000_000L / 60));
        assertThat(view.shown)
                .containsExactly("start knee left", "1/2", "2/2", "start knee right", "1/2", "2/2");
        assertThat(session.state()).isEqualTo(GuidedSession.State.WAITING);
    }

    @Test
    void pauseDuringACountdownCountsNoTime() {
        GuidedSession session = Steps.threeHolds();
        Recorder view = new Recorder();
        view.polls.add(Optional.of(Command.PAUSE));
        view.whilePaused.add(Command.RESUME);
        List<Duration> slept = new ArrayList<>();
        session.next();

        new Countdown(slept::add, 1).run(session, view);

        assertThat(slept).hasSize(3);
        assertThat(session.outcome(new Pain(1), Optional.empty()).steps().get(0).seconds())
                .isEqualTo(3);
    }

    @Test
    void quitDuringACountdownEndsTheRun() {
        GuidedSession session = Steps.threeHolds();
        Recorder view = new Recorder();
        view.polls.add(Optional.empty());
        view.polls.add(Optional.of(Command.QUIT));
        session.next();

        new Countdown(duration -> {}, 1).run(session, view);

        assertThat(session.state()).isEqualTo(GuidedSession.State.FINISHED);
        assertThat(session.outcome(new Pain(1), Optional.empty()).steps().get(0).seconds())
                .isEqualTo(2);
    }

    @Test
    void realTimerAtHighSpeedTakesAboutTheScaledTime() {
        GuidedSession session = new GuidedSession(List.of(Steps.hold("a", 100)));
        session.next();
        long start = System.nanoTime();

        new Countdown(Sleeper.real(), 1000).run(session, new Recorder());

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isBetween(100L, 2_000L);
        assertThat(session.outcome(new Pain(0), Optional.empty()).steps().get(0).result())
                .isEqualTo(StepResult.DONE);
    }

    @Test
    void speedOutsideOneToAThousandIsRefused() {
        assertThatThrownBy(() -> new Countdown(Sleeper.real(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Countdown(Sleeper.real(), 1001))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
