package dev.unknot.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.assessment.Assessor;
import dev.unknot.intake.IntakeJson;
import dev.unknot.knowledge.Dose;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.plan.CarePlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTimingTest {

    @Test
    void perSideHoldIsTimedLeftThenRightAtTheLowEnd() {
        SessionStep step = Steps.TIMING.step(Steps.step("knee", Dose.Kind.HOLD, 15, 30, true));

        assertThat(step.units())
                .containsExactly(new TimedUnit(Side.LEFT, 15, 0), new TimedUnit(Side.RIGHT, 15, 0));
        assertThat(step.seconds()).isEqualTo(30);
    }

    @Test
    void holdThatIsNotPerSideIsOneCentreTimer() {
        SessionStep step = Steps.TIMING.step(Steps.step("bend", Dose.Kind.HOLD, 20, 30, false));

        assertThat(step.units()).containsExactly(new TimedUnit(Side.CENTRE, 20, 0));
    }

    @Test
    void repSetIsTimedAtTheSecondsPerRepSetting() {
        SessionStep step =
                new SessionTiming(4).step(Steps.step("cat-cow", Dose.Kind.REPS, 10, 15, false));

        assertThat(step.units()).containsExactly(new TimedUnit(Side.CENTRE, 40, 10));
        assertThat(step.units().get(0).isRepSet()).isTrue();
    }

    @Test
    void minutesBecomeSecondsOfOneTimer() {
        SessionStep step = Steps.TIMING.step(Steps.step("heat", Dose.Kind.MINUTES, 15, 20, false));

        assertThat(step.units()).containsExactly(new TimedUnit(Side.CENTRE, 900, 0));
    }

    @Test
    void secondsPerRepComesFromTheKnowledgeBase() throws Exception {
        KnowledgeBase knowledge = KnowledgeBase.load();
        int secondsPerRep = knowledge.care().settings().secondsPerRep();
        CarePlan plan =
                new Assessor(knowledge)
                        .assess(
                                new IntakeJson()
                                        .read(Files.readString(Path.of("examples/intake.json"))))
                        .plan()
                        .orElseThrow();

        List<SessionStep> steps = new SessionTiming(secondsPerRep).steps(plan);

        assertThat(steps).hasSameSizeAs(plan.steps());
        SessionStep catCow =
                steps.stream()
                        .filter(step -> step.step().id().equals("cat-cow"))
                        .findFirst()
                        .orElseThrow();
        assertThat(catCow.units().get(0).seconds())
                .isEqualTo(catCow.step().dose().min() * secondsPerRep);
    }
}
