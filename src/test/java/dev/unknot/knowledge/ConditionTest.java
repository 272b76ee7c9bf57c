package dev.unknot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Intake;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which answers make a condition hold ({@link Condition#firedBy}). */
class ConditionTest {
    private static final Condition FEVER = new Condition.Is(Question.FEVER, true);
    private static final Condition OLD = new Condition.AtLeast(Question.AGE, 50);
    private static final Condition BOTH_LEGS =
            new Condition.In(
                    Question.LEG_WEAKNESS, Set.of(LegWeakness.BOTH_LEGS, LegWeakness.PROGRESSIVE));

    @Test
    void aTestOfOneAnswerIsFiredByItsQuestionOnlyWhenItHolds() {
        assertThat(FEVER.firedBy(Intake.builder().put(Question.FEVER, true).build()))
                .containsExactly(Question.FEVER);
        assertThat(FEVER.firedBy(Intake.builder().put(Question.FEVER, false).build())).isEmpty();
        assertThat(FEVER.firedBy(Intake.empty())).as("unanswered is not fired").isEmpty();
    }

    @Test
    void allIsFiredByEveryPartOnceItHolds() {
        Condition both = new Condition.All(List.of(FEVER, OLD));

        assertThat(
                        both.firedBy(
                                Intake.builder()
                                        .put(Question.FEVER, true)
                                        .put(Question.AGE, 60)
                                        .build()))
                .containsExactlyInAnyOrder(Question.FEVER, Question.AGE);
        assertThat(
                        both.firedBy(
                                Intake.builder()
                                        .put(Question.FEVER, true)
                                        .put(Question.AGE, 30)
                                        .build()))
                .isEmpty();
    }

    @Test
    void anyIsFiredOnlyByThePartsThatHold() {
        Condition either = new Condition.Any(List.of(FEVER, BOTH_LEGS));

        assertThat(
                        either.firedBy(
                                Intake.builder()
                                        .put(Question.FEVER, false)
                                        .put(Question.LEG_WEAKNESS, LegWeakness.PROGRESSIVE)
                                        .build()))
                .containsExactly(Question.LEG_WEAKNESS);
    }
}
