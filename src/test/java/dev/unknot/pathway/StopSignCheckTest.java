package dev.unknot.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestApps;
import dev.unknot.intake.Intake;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.Question;
import dev.unknot.intake.TestIntakes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The check before every guided session: a yes always stops it; an open sign is never read as "no".
 */
class StopSignCheckTest {
    private final StopSignCheck check = new StopSignCheck(TestApps.KNOWLEDGE.care().stopSigns());

    private Map<String, Boolean> allNoBut(String id, Boolean answer) {
        Map<String, Boolean> answers = new LinkedHashMap<>(check.allNo());
        if (answer == null) {
            answers.remove(id);
        } else {
            answers.put(id, answer);
        }
        return answers;
    }

    @Test
    void everySignNoIsClearAndKeepsNoToTheQuestionsBehindThem() {
        StopSignCheck.Outcome outcome = check.check(check.allNo());

        assertThat(outcome).isInstanceOf(StopSignCheck.Clear.class);
        assertThat(((StopSignCheck.Clear) outcome).safety())
                .containsKeys(
                        Question.BLADDER_BOWEL_CHANGE,
                        Question.SADDLE_NUMBNESS,
                        Question.SEXUAL_DYSFUNCTION,
                        Question.FEVER)
                .doesNotContainValue(true);
    }

    @Test
    void aSignLeftOpenStartsNoSessionAndIsAnErrorNamingIt() {
        StopSignCheck.Outcome outcome = check.check(allNoBut("fever", null));

        assertThat(outcome).isInstanceOf(StopSignCheck.Open.class);
        assertThat(((StopSignCheck.Open) outcome).problem())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("stopSigns.fever: ");
    }

    @Test
    void aYesStopsTheSessionEvenWithOtherSignsOpenOrUnknown() {
        Map<String, Boolean> answers =
                new LinkedHashMap<>(Map.of("fever", true, "no-such-sign", false));

        StopSignCheck.Outcome outcome = check.check(answers);

        assertThat(outcome).isInstanceOf(StopSignCheck.Stopped.class);
        assertThat(((StopSignCheck.Stopped) outcome).yes())
                .extracting(sign -> sign.id())
                .containsExactly("fever");
    }

    @Test
    void aYesToASignOfOneQuestionAnswersItYesAndTheLegSignIsAskedInFull() {
        Intake saved = TestIntakes.allNo().build();
        StopSignCheck.Stopped sexual =
                (StopSignCheck.Stopped) check.check(allNoBut("sexual-problems", true));
        StopSignCheck.Stopped legs =
                (StopSignCheck.Stopped) check.check(allNoBut("leg-nerve-signs", true));

        assertThat(check.withYes(saved, sexual).answer(Question.SEXUAL_DYSFUNCTION).value())
                .contains(true);
        assertThat(sexual.askInFull()).isEmpty();
        assertThat(legs.askInFull())
                .containsExactlyInAnyOrder(Question.LEG_NUMBNESS, Question.LEG_WEAKNESS);
        assertThat(check.withYes(saved, legs).answer(Question.LEG_NUMBNESS).value()).isEmpty();
        assertThat(saved.answer(Question.LEG_NUMBNESS).value()).contains(LegNumbness.NONE);
    }
}
