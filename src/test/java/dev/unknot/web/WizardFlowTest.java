package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.Interview;
import dev.unknot.intake.Answer;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import org.junit.jupiter.api.Test;

class WizardFlowTest {
    private final WizardFlow flow =
            new WizardFlow(
                    new Interview(WebClient.KNOWLEDGE, new Assessor(WebClient.KNOWLEDGE).triage()));

    @Test
    void asksSafetyQuestionsFirstAndSkipsWhatIsAlreadyAnswered() {
        WizardState state = flow.start(Intake.builder().put(Question.FEVER, false).build());

        assertThat(state.todo()).doesNotContain(Question.FEVER);
        assertThat(state.todo().get(0)).isEqualTo(Question.BLADDER_BOWEL_CHANGE);
        assertThat(state.todo().subList(0, Question.safetyQuestions().size() - 1))
                .allMatch(Question::isSafety);
    }

    @Test
    void anEmergencyAnswerFinishesAtOnce() {
        WizardState next = flow.answer(flow.start(Intake.empty()), Answer.of(true));

        assertThat(next.finished()).isTrue();
        assertThat(next.intake().answer(Question.BLADDER_BOWEL_CHANGE).value()).hasValue(true);
    }

    @Test
    void notSureLeavesTheQuestionUnansweredAndMovesOn() {
        WizardState next = flow.answer(flow.start(Intake.empty()), Answer.unanswered());

        assertThat(next.step()).isEqualTo(1);
        assertThat(next.intake().isAnswered(Question.BLADDER_BOWEL_CHANGE)).isFalse();
    }

    @Test
    void anUrgentResultFinishesAfterTheLastSafetyQuestion() {
        WizardState state = flow.start(Intake.empty());
        state = flow.answer(state, Answer.of(false));
        while (state.current().isSafety()) {
            Question question = state.current();
            Object value =
                    question == Question.FEVER
                            ? Boolean.TRUE
                            : question.type() instanceof dev.unknot.intake.AnswerType.YesNo
                                    ? Boolean.FALSE
                                    : question == Question.LEG_WEAKNESS
                                            ? dev.unknot.intake.LegWeakness.NONE
                                            : dev.unknot.intake.LegNumbness.NONE;
            state = flow.answer(state, Answer.of(value));
            if (state.finished()) {
                break;
            }
        }

        assertThat(state.finished()).isTrue();
        assertThat(state.intake().unansweredSafetyQuestions()).isEmpty();
    }

    @Test
    void backGoesOneStepAndKeepsTheAnswers() {
        WizardState second = flow.answer(flow.start(Intake.empty()), Answer.of(false));

        WizardState back = flow.back(second);

        assertThat(back.step()).isZero();
        assertThat(back.intake().answer(Question.BLADDER_BOWEL_CHANGE).value()).hasValue(false);
        assertThat(flow.back(back).step()).isZero();
    }
}
