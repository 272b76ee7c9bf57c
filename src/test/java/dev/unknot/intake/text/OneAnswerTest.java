package dev.unknot.intake.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestApps;
import dev.unknot.intake.Cause;
import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import dev.unknot.intake.Side;
import dev.unknot.intake.Spread;
import dev.unknot.intake.Tool;
import dev.unknot.knowledge.WizardQuestion;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OneAnswerTest {
    private static final OneAnswer READER = new OneAnswer(new FreeText());

    private static OneAnswer.Reply read(Question question, String reply) {
        WizardQuestion wording =
                TestApps.KNOWLEDGE.questions().stream()
                        .filter(q -> q.question() == question)
                        .findFirst()
                        .orElseThrow();
        return READER.read(wording, reply);
    }

    private static OneAnswer.Reply settled(Object value) {
        return new OneAnswer.Settled(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"y", "Y", "yes", "Yes.", "yeah", "yep", "yup", "sure", "yes I do"})
    void everydayYesIsYes(String reply) {
        assertThat(read(Question.FEVER, reply)).isEqualTo(settled(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"n", "N", "no", "No!", "nah", "nope", "none", "nothing", "never"})
    void everydayNoIsNo(String reply) {
        assertThat(read(Question.FEVER, reply)).isEqualTo(settled(false));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "idk",
                "dunno",
                "not sure",
                "unsure",
                "?",
                "??",
                "I don't know",
                "no idea",
                "maybe",
                "don't know",
                "skip"
            })
    void doubtLeavesASafetyQuestionOpen(String reply) {
        assertThat(read(Question.BLADDER_BOWEL_CHANGE, reply)).isEqualTo(new OneAnswer.Open());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "fever",
                "no but yes",
                "nooo way",
                "yes and no",
                "not really",
                "7",
                "no, but my legs are numb"
            })
    void anUnclearReplyToASafetyQuestionIsNeverANo(String reply) {
        assertThat(read(Question.BLADDER_BOWEL_CHANGE, reply))
                .isEqualTo(new OneAnswer.NotUnderstood(false));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3|3",
                "3 days|3",
                "3 days ago|3",
                "2 weeks|14",
                "two weeks|14",
                "a week|7",
                "about 5|5",
                "yesterday|1",
                "since yesterday|1",
                "today|0",
                "0|0",
                "a couple of weeks|14",
                "1 month|30"
            })
    void daysSinceItStartedWithTheirUnits(String reply, int days) {
        assertThat(read(Question.ONSET_DAYS, reply)).isEqualTo(settled(days));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "38|38",
                "38 years|38",
                "38 years old|38",
                "I'm 38|38",
                "about 38|38",
                "thirty eight|38",
                "38yo|38"
            })
    void ageInEverydayForms(String reply, int age) {
        assertThat(read(Question.AGE, reply)).isEqualTo(settled(age));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"6|6", "6/10|6", "6 out of 10|6", "about a 6|6", "ten|10", "0|0"})
    void painOnItsScale(String reply, int pain) {
        assertThat(read(Question.PAIN_NOW, reply)).isEqualTo(settled(pain));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "3 or 4", "lots", "7 or 8", "3 kg"})
    void aNumberOutOfRangeOrUnclearIsAskedAgain(String reply) {
        assertThat(read(Question.PAIN_NOW, reply)).isEqualTo(new OneAnswer.NotUnderstood(false));
    }

    @Test
    void aNumberQuestionAnsweredNotSureStaysOpen() {
        assertThat(read(Question.AGE, "not sure")).isEqualTo(new OneAnswer.Open());
        assertThat(read(Question.ONSET_DAYS, "idk")).isEqualTo(new OneAnswer.Open());
    }

    @Test
    void choicesByNumberWordsPartOfTheWordsOrAnEverydayNoun() {
        assertThat(read(Question.SIDE, "2")).isEqualTo(settled(Side.RIGHT));
        assertThat(read(Question.SIDE, "left")).isEqualTo(settled(Side.LEFT));
        assertThat(read(Question.SIDE, "middle")).isEqualTo(settled(Side.CENTER));
        assertThat(read(Question.SPREAD, "below the knee")).isEqualTo(settled(Spread.BELOW_KNEE));
        assertThat(read(Question.LEG_NUMBNESS, "both legs"))
                .isEqualTo(settled(LegNumbness.BOTH_LEGS));
        assertThat(read(Question.TOOLS, "tennis ball, heat pad"))
                .isEqualTo(settled(Set.of(Tool.TENNIS_BALL, Tool.HEATING_PAD)));
        assertThat(read(Question.TOOLS, "frozen peas and 1"))
                .isEqualTo(settled(Set.of(Tool.ICE_PACK, Tool.HANDS)));
        assertThat(read(Question.CAUSES, "I don't know")).isEqualTo(settled(Set.of(Cause.UNKNOWN)));
    }

    @Test
    void aSlipOfTheKeyboardInAChoiceIsReadAsTheWordMeant() {
        assertThat(read(Question.TOOLS, "tenis ball")).isEqualTo(settled(Set.of(Tool.TENNIS_BALL)));
        assertThat(read(Question.TOOLS, "lacrose ball"))
                .isEqualTo(settled(Set.of(Tool.LACROSSE_BALL)));
    }

    @Test
    void noToAQuestionOfGradesIsItsNone() {
        assertThat(read(Question.LEG_WEAKNESS, "nah")).isEqualTo(settled(LegWeakness.NONE));
        assertThat(read(Question.LEG_WEAKNESS, "no")).isEqualTo(settled(LegWeakness.NONE));
        assertThat(read(Question.TOOLS, "nothing")).isEqualTo(settled(Set.of()));
    }

    @Test
    void partOfAChoiceSaidAfterNotIsNotThatChoice() {
        assertThat(read(Question.LEG_NUMBNESS, "past the knee"))
                .isInstanceOf(OneAnswer.NotUnderstood.class);
        assertThat(read(Question.LEG_NUMBNESS, "below the knee"))
                .isEqualTo(settled(LegNumbness.BELOW_KNEE));
    }

    @Test
    void aYesThenWhichIsTheChoiceThatSaysYes() {
        assertThat(read(Question.LEG_WEAKNESS, "yes both"))
                .isEqualTo(settled(LegWeakness.BOTH_LEGS));
        assertThat(read(Question.LEG_WEAKNESS, "yes, one leg"))
                .isEqualTo(settled(LegWeakness.ONE_LEG));
        assertThat(read(Question.LEG_WEAKNESS, "yes, none"))
                .isInstanceOf(OneAnswer.NotUnderstood.class);
    }

    @Test
    void aYesOrNoAskedBackIsAskedAgain() {
        assertThat(read(Question.FEVER, "no?")).isEqualTo(new OneAnswer.NotUnderstood(false));
        assertThat(read(Question.FEVER, "yes?")).isEqualTo(new OneAnswer.NotUnderstood(false));
    }

    @Test
    void aYearOrANegativeNumberIsNotADayCount() {
        assertThat(read(Question.ONSET_DAYS, "since 2020"))
                .isEqualTo(new OneAnswer.NotUnderstood(false));
        assertThat(read(Question.ONSET_DAYS, "-3")).isEqualTo(new OneAnswer.NotUnderstood(false));
    }

    @Test
    void aPlainYesToAQuestionOfGradesAsksWhich() {
        assertThat(read(Question.LEG_WEAKNESS, "yes")).isEqualTo(new OneAnswer.NotUnderstood(true));
        assertThat(read(Question.LEG_NUMBNESS, "yep")).isEqualTo(new OneAnswer.NotUnderstood(true));
        assertThat(read(Question.LEG_WEAKNESS, "idk")).isEqualTo(new OneAnswer.Open());
    }
}
