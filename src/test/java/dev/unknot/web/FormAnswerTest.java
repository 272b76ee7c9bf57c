package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Answer;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import dev.unknot.intake.Tool;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormAnswerTest {

    @Test
    void yesAndNoAreBooleans() {
        assertThat(FormAnswer.parse(Question.FEVER, List.of("yes"))).contains(Answer.of(true));
        assertThat(FormAnswer.parse(Question.FEVER, List.of("no"))).contains(Answer.of(false));
    }

    @Test
    void notSureIsUnansweredNeverNo() {
        assertThat(FormAnswer.parse(Question.FEVER, List.of("not-sure")))
                .contains(Answer.unanswered());
        assertThat(FormAnswer.parse(Question.PAIN_NOW, List.of(""))).contains(Answer.unanswered());
    }

    @Test
    void nothingPickedOnAYesNoQuestionIsAskedAgain() {
        assertThat(FormAnswer.parse(Question.FEVER, List.of())).isEmpty();
        assertThat(FormAnswer.parse(Question.FEVER, List.of("maybe"))).isEmpty();
    }

    @Test
    void numbersMustBeInRange() {
        assertThat(FormAnswer.parse(Question.PAIN_NOW, List.of("7"))).contains(Answer.of(7));
        assertThat(FormAnswer.parse(Question.PAIN_NOW, List.of("11"))).isEmpty();
        assertThat(FormAnswer.parse(Question.PAIN_NOW, List.of("seven"))).isEmpty();
    }

    @Test
    void choicesAreReadByCode() {
        assertThat(FormAnswer.parse(Question.LEG_WEAKNESS, List.of("both-legs")))
                .contains(Answer.of(LegWeakness.BOTH_LEGS));
        assertThat(FormAnswer.parse(Question.LEG_WEAKNESS, List.of("a-little"))).isEmpty();
    }

    @Test
    void severalChoicesBecomeASetAndNoneIsAnEmptySetWhereAllowed() {
        assertThat(FormAnswer.parse(Question.TOOLS, List.of("tennis-ball", "foam-roller")))
                .contains(Answer.of(Set.of(Tool.TENNIS_BALL, Tool.FOAM_ROLLER)));
        assertThat(FormAnswer.parse(Question.TOOLS, List.of())).contains(Answer.of(Set.of()));
        assertThat(FormAnswer.parse(Question.REGIONS, List.of())).isEmpty();
    }
}
