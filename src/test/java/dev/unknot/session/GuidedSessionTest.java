package dev.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.Pain;
import dev.unknot.knowledge.Dose;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuidedSessionTest {

    private static List<StepResult> results(SessionOutcome outcome) {
        return outcome.steps().stream().map(StepOutcome::result).toList();
    }

    private static List<Integer> seconds(SessionOutcome outcome) {
        return outcome.steps().stream().map(StepOutcome::seconds).toList();
    }

    @Test
    void runningEveryStepToItsEndFinishesWithAllDone() {
        GuidedSession session = Steps.threeHolds();
        for (int step = 0; step < 3; step++) {
            session.next();
            while (session.state() == GuidedSession.State.RUNNING) {
                session.tick();
            }
        }
        session.next();

        SessionOutcome outcome = session.outcome(new Pain(5), Optional.of(new Pain(3)));
        assertThat(session.state()).isEqualTo(GuidedSession.State.FINISHED);
        assertThat(results(outcome)).containsOnly(StepResult.DONE);
        assertThat(seconds(outcome)).containsExactly(3, 2, 4);
        assertThat(outcome.finished()).isTrue();
        assertThat(outcome.painAfter()).contains(new Pain(3));
    }

    @Test
    void aStepEndsWhenItsLastCountdownEnds() {
        GuidedSession session = Steps.threeHolds();
        session.next();
        Steps.ticks(session, 2);
        assertThat(session.state()).isEqualTo(GuidedSession.State.RUNNING);

        Optional<GuidedSession.Tick> last = session.tick();

        assertThat(last).get().satisfies(tick -> assertThat(tick.isUnitEnd()).isTrue());
        assertThat(session.state()).isEqualTo(GuidedSession.State.WAITING);
        assertThat(session.current().orElseThrow().step().id()).isEqualTo("b");
    }

    @Test
    void skippingTheUpcomingStepLeavesItSkippedWithNoTime() {
        GuidedSession session = Steps.threeHolds();
        session.skip();
        session.next();
        Steps.ticks(session, 2);

        SessionOutcome outcome = session.outcome(new Pain(4), Optional.empty());
        assertThat(results(outcome))
                .containsExactly(StepResult.SKIPPED, StepResult.DONE, StepResult.NOT_REACHED);
        assertThat(seconds(outcome)).containsExactly(0, 2, 0);
        assertThat(outcome.finished()).isFalse();
    }

    @Test
    void skippingARunningStepKeepsTheSecondsSpentAndMovesOn() {
        GuidedSession session = Steps.threeHolds();
        session.next();
        Steps.ticks(session, 1);
        session.skip();

        assertThat(session.state()).isEqualTo(GuidedSession.State.WAITING);
        assertThat(session.current().orElseThrow().step().id()).isEqualTo("b");
        SessionOutcome outcome = session.outcome(new Pain(4), Optional.empty());
        assertThat(results(outcome).get(0)).isEqualTo(StepResult.SKIPPED);
        assertThat(seconds(outcome).get(0)).isEqualTo(1);
    }

    @Test
    void repeatRunsTheStepJustDoneAgainAndAddsItsTime() {
        GuidedSession session = Steps.threeHolds();
        session.next();
        Steps.ticks(session, 3);
        session.repeat();

        assertThat(session.state()).isEqualTo(GuidedSession.State.RUNNING);
        assertThat(session.countdown().orElseThrow().step().step().id()).isEqualTo("a");
        Steps.ticks(session, 3);
        assertThat(session.current().orElseThrow().step().id()).isEqualTo("b");
        assertThat(seconds(session.outcome(new Pain(4), Optional.empty())).get(0)).isEqualTo(6);
    }

    @Test
    void repeatingASkippedStepAndFinishingItMakesItDone() {
        GuidedSession session = Steps.threeHolds();
        session.skip();
        session.repeat();
        Steps.ticks(session, 3);

        assertThat(results(session.outcome(new Pain(4), Optional.empty())).get(0))
                .isEqualTo(StepResult.DONE);
    }

    @Test
    void repeatWhileRunningRestartsTheStep() {
        GuidedSession session = Steps.threeHolds();
        session.next();
        Steps.ticks(session, 2);
        session.repeat();

        assertThat(session.countdown().orElseThrow().elapsed()).isZero();
        Steps.ticks(session, 3);
        assertThat(seconds(session.outcome(new Pain(4), Optional.empty())).get(0)).isEqualTo(5);
    }

    @Test
    void nothingToRepeatBeforeTheFirstStep() {
        GuidedSession session = Steps.threeHolds();

        assertThat(session.canRepeat()).isFalse();
        assertThatThrownBy(session::repeat).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void quitKeepsWhatWasDoneAndMarksTheRestNotReached() {
        GuidedSession session = Steps.threeHolds();
        session.next();
        Steps.ticks(session, 3);
        session.next();
        Steps.ticks(session, 1);
        session.quit();

        SessionOutcome outcome = session.outcome(new Pain(6), Optional.of(new Pain(6)));
        assertThat(session.state()).isEqualTo(GuidedSession.State.FINISHED);
        assertThat(results(outcome))
                .containsExactly(StepResult.DONE, StepResult.SKIPPED, StepResult.NOT_REACHED);
        assertThat(seconds(outcome)).containsExactly(3, 1, 0);
        assertThat(outcome.finished()).isFalse();
    }

    @Test
    void pauseStopsTheClock() {
        GuidedSession session = Steps.threeHolds();
        session.next();
        Steps.ticks(session, 1);
        session.pause();

        assertThat(session.tick()).isEmpty();
        assertThat(session.tick()).isEmpty();
        session.resume();
        assertThat(session.countdown().orElseThrow().elapsed()).isEqualTo(1);
        Steps.ticks(session, 2);

        assertThat(session.state()).isEqualTo(GuidedSession.State.WAITING);
        assertThat(seconds(session.outcome(new Pain(5), Optional.empty())).get(0)).isEqualTo(3);
    }

    @Test
    void pauseBetweenStepsResumesToWaiting() {
        GuidedSession session = Steps.threeHolds();
        session.pause();
        session.resume();

        assertThat(session.state()).isEqualTo(GuidedSession.State.WAITING);
    }

    @Test
    void perSideStepRunsLeftThenRight() {
        GuidedSession session =
                new GuidedSession(
                        List.of(Steps.TIMING.step(Steps.step("knee", Dose.Kind.HOLD, 2, 2, true))));
        session.next();
        assertThat(session.countdown().orElseThrow().unit().side()).isEqualTo(Side.LEFT);
        Steps.ticks(session, 2);
        assertThat(session.state()).isEqualTo(GuidedSession.State.RUNNING);
        assertThat(session.countdown().orElseThrow().unit().side()).isEqualTo(Side.RIGHT);
        Steps.ticks(session, 2);

        assertThat(session.state()).isEqualTo(GuidedSession.State.WAITING);
        assertThat(seconds(session.outcome(new Pain(3), Optional.empty()))).containsExactly(4);
    }

    @Test
    void commandsThatMakeNoSenseAreRefused() {
        GuidedSession session = Steps.threeHolds();

        assertThatThrownBy(session::resume).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(session::tick).isInstanceOf(IllegalStateException.class);
        session.quit();
        assertThatThrownBy(session::next).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterTheLastStepNextFinishes() {
        GuidedSession session = new GuidedSession(List.of(Steps.hold("a", 1)));
        session.next();
        session.tick();

        assertThat(session.current()).isEmpty();
        assertThatThrownBy(session::skip).isInstanceOf(IllegalStateException.class);
        session.next();
        assertThat(session.outcome(new Pain(2), Optional.of(new Pain(1))).finished()).isTrue();
    }
}
