package dev.unknot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextReadingTest {
    /**
     * "no fever, both legs numb, pain 6/10, not sure about weight loss", as a reader would read it.
     */
    private static final TextReading READ =
            new TextReading(
                    Intake.builder()
                            .put(Question.FEVER, false)
                            .put(Question.LEG_NUMBNESS, LegNumbness.BOTH_LEGS)
                            .put(Question.PAIN_NOW, 6)
                            .build(),
                    Map.of(
                            Question.FEVER, "no fever",
                            Question.LEG_NUMBNESS, "both legs numb",
                            Question.PAIN_NOW, "6/10"),
                    Map.of(Question.WEIGHT_LOSS, "not sure about weight loss"));

    @Test
    void anAnswerNotMeantIsOpenAgainNeverNo() {
        TextReading reopened = READ.reopen(Set.of(Question.FEVER, Question.LEG_NUMBNESS));

        assertThat(reopened.intake().isAnswered(Question.FEVER)).isFalse();
        assertThat(reopened.intake().isAnswered(Question.LEG_NUMBNESS)).isFalse();
        assertThat(reopened.intake().unansweredSafetyQuestions())
                .contains(Question.FEVER, Question.LEG_NUMBNESS);
    }

    @Test
    void theWordsOfAnAnswerNotMeantAreKeptAmongThoseThatLeftAQuestionOpen() {
        TextReading reopened = READ.reopen(Set.of(Question.FEVER));

        assertThat(reopened.evidence()).doesNotContainKey(Question.FEVER);
        assertThat(reopened.unsure())
                .containsEntry(Question.FEVER, "no fever")
                .containsEntry(Question.WEIGHT_LOSS, "not sure about weight loss");
    }

    @Test
    void theOtherAnswersStayAsTheyWereRead() {
        TextReading reopened = READ.reopen(Set.of(Question.FEVER));

        assertThat(reopened.intake().painNow().value()).contains(6);
        assertThat(reopened.intake().answer(Question.LEG_NUMBNESS).value())
                .contains(LegNumbness.BOTH_LEGS);
        assertThat(reopened.evidence()).containsOnlyKeys(Question.LEG_NUMBNESS, Question.PAIN_NOW);
    }

    @Test
    void aQuestionTheTextDidNotSettleIsLeftAsItWas() {
        assertThat(READ.reopen(Set.of(Question.AGE, Question.WEIGHT_LOSS))).isEqualTo(READ);
        assertThat(READ.reopen(Set.of())).isEqualTo(READ);
    }
}
