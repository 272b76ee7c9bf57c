package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.Interview;
import dev.unknot.intake.Answer;
import dev.unknot.intake.Intake;
import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.WizardPage;
import dev.unknot.knowledge.WizardPages;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WizardFlowTest {
    private final WizardFlow flow =
            new WizardFlow(
                    new Interview(WebClient.KNOWLEDGE, new Assessor(WebClient.KNOWLEDGE).triage()),
                    WizardPages.load(WebClient.KNOWLEDGE));

    /** "No" to every question of {@code page} (the leg questions' own "no"). */
    private static Map<Question, Answer<Object>> allNo(WizardPage page) {
        Map<Question, Answer<Object>> answers = new EnumMap<>(Question.class);
        for (Question question : page.questions()) {
            answers.put(
                    question,
                    Answer.of(
                            question == Question.LEG_WEAKNESS
                                    ? LegWeakness.NONE
                                    : question == Question.LEG_NUMBNESS
                                            ? LegNumbness.NONE
                                            : Boolean.FALSE));
        }
        return answers;
    }

    @Test
    void everyQuestionFitsOnThreePagesSafetyFirstInTheOrderOfTheQuestions() {
        WizardState state = flow.start(Intake.empty());

        assertThat(state.pages()).hasSize(3);
        assertThat(state.current().questions())
                .containsExactlyElementsOf(
                        WebClient.KNOWLEDGE.questions().stream()
                                .map(wording -> wording.question())
                                .filter(Question::isSafety)
                                .toList());
        assertThat(state.pages().get(1).questions())
                .containsExactly(
                        Question.REGIONS,
                        Question.SIDE,
                        Question.FEEL,
                        Question.LUMP_GROWING,
                        Question.SPREAD);
        assertThat(state.todo()).hasSize(Question.values().length);
    }

    @Test
    void whatIsAlreadyAnsweredIsNotAskedAndEmptyPagesAreLeftOut() {
        Intake.Builder answered = Intake.builder().put(Question.FEVER, false);
        for (Question question : Question.safetyQuestions()) {
            if (question != Question.FEVER) {
                answered.put(question, question.type().no().orElseThrow());
            }
        }

        WizardState fewer = flow.start(Intake.builder().put(Question.FEVER, false).build());
        WizardState noSafety = flow.start(answered.build());

        assertThat(fewer.current().questions()).doesNotContain(Question.FEVER).hasSize(16);
        assertThat(noSafety.pages()).hasSize(2);
        assertThat(noSafety.current().questions()).startsWith(Question.REGIONS);
    }

    @Test
    void anEmergencyAnswerOnTheSafetyPageFinishesAtOnceWhateverIsBlank() {
        WizardFlow.Sent sent =
                flow.send(
                        flow.start(Intake.empty()),
                        Map.of(Question.SADDLE_NUMBNESS, Answer.of(true)));

        assertThat(sent.state().finished()).isTrue();
        assertThat(sent.blank()).isEmpty();
        assertThat(sent.state().intake().answer(Question.SADDLE_NUMBNESS).value()).hasValue(true);
    }

    @Test
    void blankSafetyQuestionsAreNeverNoTheSamePageComesBackListingThem() {
        WizardState start = flow.start(Intake.empty());
        Map<Question, Answer<Object>> answers = allNo(start.current());
        answers.remove(Question.FEVER);
        answers.remove(Question.CHEST_PAIN);

        WizardFlow.Sent sent = flow.send(start, answers);

        assertThat(sent.state().page()).isZero();
        assertThat(sent.blank()).containsExactly(Question.CHEST_PAIN, Question.FEVER);
        assertThat(sent.state().intake().isAnswered(Question.FEVER)).isFalse();
        assertThat(sent.state().intake().answer(Question.BLADDER_BOWEL_CHANGE).value())
                .hasValue(false);
    }

    @Test
    void anUrgentAnswerWaitsForTheBlankSafetyQuestionsThenFinishes() {
        WizardState start = flow.start(Intake.empty());
        Map<Question, Answer<Object>> answers = allNo(start.current());
        answers.put(Question.FEVER, Answer.of(true));
        answers.remove(Question.NIGHT_PAIN);

        WizardFlow.Sent blank = flow.send(start, answers);
        answers.put(Question.NIGHT_PAIN, Answer.of(false));
        WizardFlow.Sent complete = flow.send(blank.state(), answers);

        assertThat(blank.blank()).containsExactly(Question.NIGHT_PAIN);
        assertThat(complete.state().finished()).isTrue();
    }

    @Test
    void notSureLeavesTheQuestionOpenAndMovesOn() {
        WizardState start = flow.start(Intake.empty());
        Map<Question, Answer<Object>> answers = allNo(start.current());
        answers.put(Question.FEVER, Answer.unanswered());

        WizardFlow.Sent sent = flow.send(start, answers);

        assertThat(sent.blank()).isEmpty();
        assertThat(sent.state().page()).isEqualTo(1);
        assertThat(sent.state().intake().isAnswered(Question.FEVER)).isFalse();
        assertThat(sent.state().unsure()).containsExactly(Question.FEVER);
    }

    @Test
    void notSureIsStillPickedAfterGoingBackAndIsNotTakenForBlank() {
        WizardState start = flow.start(Intake.empty());
        Map<Question, Answer<Object>> answers = allNo(start.current());
        answers.put(Question.FEVER, Answer.unanswered());
        WizardState second = flow.send(start, answers).state();

        WizardState back = flow.back(second, Map.of());
        WizardState read =
                flow.read(
                        back.answers(),
                        back.questions(),
                        String.valueOf(back.page()),
                        back.notSure());
        QuestionView fever =
                WizardPageView.of(read, flow).questions().stream()
                        .filter(question -> question.field().equals(Question.FEVER.path()))
                        .findFirst()
                        .orElseThrow();

        assertThat(back.query()).contains("&u=flags.fever");
        assertThat(fever.choices())
                .filteredOn(Choice::checked)
                .extracting(Choice::label)
                .containsExactly("Not sure");
        Map<Question, Answer<Object>> again = allNo(read.current());
        again.put(Question.FEVER, Answer.of(true));
        assertThat(flow.send(read, again).state().unsure()).isEmpty();
    }

    @Test
    void backGoesOnePageAndKeepsTheAnswersOfBoth() {
        WizardState start = flow.start(Intake.empty());
        WizardState second = flow.send(start, allNo(start.current())).state();

        WizardState back =
                flow.back(second, Map.of(Question.SIDE, Answer.of(dev.unknot.intake.Side.LEFT)));

        assertThat(back.page()).isZero();
        assertThat(back.intake().answer(Question.BLADDER_BOWEL_CHANGE).value()).hasValue(false);
        assertThat(back.intake().answer(Question.SIDE).value())
                .hasValue(dev.unknot.intake.Side.LEFT);
        assertThat(flow.back(back, allNo(back.current())).page()).isZero();
    }

    @Test
    void anAddressWhoseAnswersAreAnEmergencyIsDecided() {
        WizardState state =
                flow.wizard(
                        Intake.builder().put(Question.SADDLE_NUMBNESS, true).build(),
                        List.of(Question.FEVER, Question.AGE));

        assertThat(flow.decided(state)).isTrue();
    }
}
