package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.measure.Choice;
import dev.unknot.measure.Item;
import dev.unknot.measure.Measures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasureAnswersTest {
    private static final Measures MEASURES = Measures.load();
    private static final Item PAIN = MEASURES.find("nprs").orElseThrow().items().get(0);
    private static final Item ODI_WALKING = MEASURES.find("odi").orElseThrow().items().get(3);
    private static final Item RMDQ_FIRST = MEASURES.find("rmdq").orElseThrow().items().get(0);
    private static final Item START_FIRST = MEASURES.find("startback").orElseThrow().items().get(0);
    private static final Item BOTHER = MEASURES.find("startback").orElseThrow().items().get(8);

    private static Optional<Integer> score(Item item, String typed) {
        return MeasureAnswers.parse(item, typed).map(Choice::score);
    }

    @Test
    void numbersAreTheirOwnScoreWithinTheScale() {
        assertThat(score(PAIN, "0")).hasValue(0);
        assertThat(score(PAIN, " 10 ")).hasValue(10);
        assertThat(score(PAIN, "11")).isEmpty();
        assertThat(score(PAIN, "-1")).isEmpty();
        assertThat(score(PAIN, "5.5")).isEmpty();
        assertThat(score(PAIN, "")).isEmpty();
    }

    @Test
    void oswestryStatementsAreChosenByTheirNumber() {
        assertThat(score(ODI_WALKING, "3")).hasValue(3);
        assertThat(score(ODI_WALKING, "6")).isEmpty();
    }

    @Test
    void yesAndNoMayBeShortened() {
        assertThat(score(RMDQ_FIRST, "Y")).hasValue(1);
        assertThat(score(RMDQ_FIRST, "yes")).hasValue(1);
        assertThat(score(RMDQ_FIRST, "n")).hasValue(0);
        assertThat(score(RMDQ_FIRST, "maybe")).isEmpty();
    }

    @Test
    void agreeAlsoTakesYesAndDisagreeNo() {
        assertThat(score(START_FIRST, "agree")).hasValue(1);
        assertThat(score(START_FIRST, "a")).hasValue(1);
        assertThat(score(START_FIRST, "yes")).hasValue(1);
        assertThat(score(START_FIRST, "d")).hasValue(0);
        assertThat(score(START_FIRST, "no")).hasValue(0);
    }

    @Test
    void botherIsTakenByNumberOrWords() {
        assertThat(score(BOTHER, "3")).hasValue(0);
        assertThat(score(BOTHER, "very much")).hasValue(1);
        assertThat(score(BOTHER, "Extremely")).hasValue(1);
        assertThat(score(BOTHER, "mod")).hasValue(0);
        assertThat(score(BOTHER, "6")).isEmpty();
    }

    @Test
    void allowedAnswersAreShownInTheShortestClearForm() {
        assertThat(MeasureAnswers.allowed(PAIN))
                .isEqualTo("a number from 0 (no pain) to 10 (the worst pain you can imagine)");
        assertThat(MeasureAnswers.allowed(RMDQ_FIRST)).isEqualTo("no / yes");
        assertThat(MeasureAnswers.allowed(BOTHER)).startsWith("  1) not at all\n  2) slightly");
        assertThat(MeasureAnswers.keys(ODI_WALKING)).isEqualTo("0-5");
        assertThat(MeasureAnswers.keys(START_FIRST)).isEqualTo("disagree / agree");
    }
}
