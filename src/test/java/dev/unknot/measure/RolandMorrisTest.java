package dev.unknot.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Worked examples of the Roland-Morris Disability Questionnaire: the count of yes answers, 0 to 24.
 */
class RolandMorrisTest {
    private static final Instrument RMDQ = Measures.load().find("rmdq").orElseThrow();

    private static Outcome score(String responses) {
        return RMDQ.score(Responses.parse(responses));
    }

    @Test
    void scoreIsTheNumberOfYesAnswers() {
        Outcome.Scored scored =
                (Outcome.Scored) score("1,1,0,0,1,0,1,0,1,0,0,1,1,0,0,1,0,1,0,0,1,0,1,0");

        assertThat(scored.score()).isEqualTo(11);
        assertThat(scored.scoreText()).isEqualTo("11/24");
        assertThat(scored.band()).isEmpty();
    }

    @Test
    void noneAndAllGiveZeroAndTwentyFour() {
        assertThat(
                        ((Outcome.Scored) score("0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"))
                                .score())
                .isZero();
        assertThat(
                        ((Outcome.Scored) score("1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1"))
                                .score())
                .isEqualTo(24);
    }

    @Test
    void oneSkippedItemIsProRated() {
        // 11 yes of 23 answered: 11 x 24 / 23 = 11.48, rounded to 11.
        Outcome.Scored scored =
                (Outcome.Scored) score("1,1,0,0,1,0,1,0,1,0,0,1,1,0,0,1,0,1,0,0,1,0,1,-");

        assertThat(scored.score()).isEqualTo(11);
        assertThat(scored.scoreText()).isEqualTo("11/24 (pro-rated)");
        assertThat(scored.missing()).containsExactly(24);
    }

    @Test
    void twoSkippedItemsAreProRatedHalvesUp() {
        // 11 yes of 22 answered: 11 x 24 / 22 = 12.
        assertThat(
                        ((Outcome.Scored) score("1,1,0,0,1,0,1,0,1,0,0,1,1,0,0,1,0,1,0,0,1,1,-,-"))
                                .score())
                .isEqualTo(12);
        // 21 yes of 22: 22.9 -> 23; 1 yes of 22: 1.09 -> 1.
        assertThat(
                        ((Outcome.Scored) score("1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,0,-,-"))
                                .score())
                .isEqualTo(23);
        assertThat(
                        ((Outcome.Scored) score("1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,-,-"))
                                .score())
                .isEqualTo(1);
    }

    @Test
    void threeSkippedItemsAreNotScored() {
        Outcome outcome = score("1,1,0,0,1,0,1,0,1,0,0,1,1,0,0,1,0,1,0,0,1,-,-,-");

        assertThat(outcome).isInstanceOf(Outcome.Incomplete.class);
        assertThat(outcome.missing()).containsExactly(22, 23, 24);
    }
}
