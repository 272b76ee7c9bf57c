package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WizardTest {

    /** No to every safety question, in the order asked (questions.yaml). */
    static final List<String> SAFETY_ALL_NO =
            List.of(
                    "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no",
                    "no", "no", "no", "no");

    /**
     * The questions about the knot: regions, side, feel, lumpGrowing, spread, onsetDays, painNow,
     * age, causes, tools.
     */
    static final List<String> KNOT =
            List.of(
                    "above-hip",
                    "right",
                    "1",
                    "no",
                    "buttock",
                    "3",
                    "5",
                    "38",
                    "lifting, stress",
                    "tennis ball, 5");

    private static String lines(List<String> first, List<String> second) {
        return String.join("\n", first) + "\n" + String.join("\n", second) + "\n";
    }

    @Test
    void personTypingEveryAnswerGetsASelfCarePlan() {
        CliRun run = CliRun.typing(lines(SAFETY_ALL_NO, KNOT), "assess");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("[1/27] Do you have new trouble controlling your bladder")
                .contains("[27/27] What do you have at home to massage or warm it?")
                .contains("or: none, or: not sure")
                .contains("Self-care: this sounds like a muscle knot")
                .contains("Tennis ball")
                .contains("because you named stress");
    }

    @Test
    void emergencyIsReportedTheMomentItIsKnown() {
        CliRun run = CliRun.typing("yes\nno\nno\n", "assess");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("[1/27]")
                .doesNotContain("[2/27]")
                .contains("!!! EMERGENCY")
                .contains("R1");
    }

    @Test
    void urgentIsReportedWhenTheSafetyQuestionsAreDone() {
        List<String> feverYes = new java.util.ArrayList<>(SAFETY_ALL_NO);
        feverYes.set(7, "yes");

        CliRun run = CliRun.typing(lines(feverYes, KNOT), "assess");

        assertThat(run.out())
                .contains("[17/27]")
                .doesNotContain("[18/27]")
                .contains("URGENT")
                .contains("R7");
    }

    @Test
    void anUnclearReplyIsAskedAgainWithOneShortLine() {
        CliRun run = CliRun.typing("what?\nno\n", "assess");

        assertThat(run.out())
                .contains(
                        "> \nPlease answer yes, no or not sure.\n"
                                + "[1/27] Do you have new trouble controlling your bladder")
                .contains("[2/27]");
    }

    @Test
    void aWrongChoiceSaysWhatIsAllowedWithoutTheListAgain() {
        List<String> answers = new java.util.ArrayList<>(SAFETY_ALL_NO);
        answers.set(3, "sideways\nno");

        CliRun run = CliRun.typing(lines(answers, KNOT), "assess");

        assertThat(run.out())
                .contains("Please choose one by its number (1 to 4) or its words, or say not sure.")
                .containsOnlyOnce("yes, and it is getting worse by the day")
                .contains("Self-care");
    }

    @Test
    void aPlainYesToWeaknessAsksWhichLegBeforeGoingOn() {
        List<String> answers = new java.util.ArrayList<>(SAFETY_ALL_NO);
        answers.set(3, "yes\nboth");

        CliRun run = CliRun.typing(lines(answers, KNOT), "assess");

        assertThat(run.out())
                .contains("Please say which, by its number (1 to 4) or its words.")
                .contains("you said: weakness in both legs")
                .contains("EMERGENCY");
    }

    @Test
    void everydayAnswersAreTakenAsThePersonMeansThem() {
        List<String> safety =
                List.of(
                        "n", "nope", "nah", "no", "N", "no", "never", "No.", "nope", "nah", "n",
                        "no", "nothing", "no", "no", "nope", "none");
        List<String> knot =
                List.of(
                        "just above the hip bone",
                        "right",
                        "tight band",
                        "nah",
                        "into the buttock",
                        "3 days",
                        "6/10",
                        "38 years",
                        "lifting",
                        "tenis ball");

        CliRun run = CliRun.typing(lines(safety, knot), "assess");

        assertThat(run.out())
                .doesNotContain("Please ")
                .contains("Self-care: this sounds like a muscle knot")
                .contains("Tennis ball");
    }

    @Test
    void aSafetyQuestionAnsweredIdkStaysOpenAndTheResultIsIncomplete() {
        List<String> answers = new java.util.ArrayList<>(SAFETY_ALL_NO);
        answers.set(7, "idk");

        CliRun run = CliRun.typing(lines(answers, KNOT), "assess");

        assertThat(run.out())
                .contains("Not finished")
                .contains("  - Do you have a fever or chills along with the back pain?");
    }

    @Test
    void numbersWithTheirUnitsAreRead() {
        List<String> knot = new java.util.ArrayList<>(KNOT);
        knot.set(5, "7 weeks");
        knot.set(6, "about 9/10");
        knot.set(7, "fifteen years old");

        CliRun run = CliRun.typing(lines(SAFETY_ALL_NO, knot), "assess");

        assertThat(run.out())
                .doesNotContain("Please ")
                .contains("you said: started 49 days ago")
                .contains("you said: pain 9 out of 10")
                .contains("you said: age 15");
    }

    @Test
    void notSureLeavesTheQuestionUnansweredAndTheResultIncomplete() {
        List<String> answers = new java.util.ArrayList<>(SAFETY_ALL_NO);
        answers.set(0, "not sure");

        CliRun run = CliRun.typing(lines(answers, KNOT), "assess", "--json");

        assertThat(run.out())
                .contains("\"disposition\" : \"INCOMPLETE\"")
                .contains("\"unanswered\" : [ \"bladderBowelChange\" ]");
        assertThat(run.err()).contains("[1/27]");
    }

    @Test
    void endOfInputLeavesTheRestUnansweredNeverNo() {
        CliRun run = CliRun.typing("no\nno\n", "assess", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("\"disposition\" : \"INCOMPLETE\"")
                .contains("\"legWeakness\"");
        assertThat(run.out()).doesNotContain("bladderBowelChange\", ");
    }

    @Test
    void choicesAcceptNumbersCodesAndWords() {
        List<String> answers = new java.util.ArrayList<>(SAFETY_ALL_NO);
        answers.set(3, "both legs");

        CliRun run = CliRun.typing(lines(answers, KNOT), "assess");

        assertThat(run.out())
                .contains("you said: weakness in both legs")
                .contains("EMERGENCY")
                .doesNotContain("flags.legWeakness");
    }
}
