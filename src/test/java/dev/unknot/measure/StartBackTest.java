package dev.unknot.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Worked examples of the Keele STarT Back Screening Tool (Hill et al. 2008). */
class StartBackTest {
    private static final Instrument START_BACK = Measures.load().find("startback").orElseThrow();

    /** Items 1-8 agree (1) / disagree (0); item 9 is its score (very much / extremely = 1). */
    private static Outcome.Scored scored(String responses) {
        return (Outcome.Scored) START_BACK.score(Responses.parse(responses));
    }

    @Test
    void totalOfThreeIsLowRiskWhateverTheSubscale() {
        Outcome.Scored scored = scored("0,0,0,0,1,1,1,0,0");

        assertThat(scored.score()).isEqualTo(3);
        assertThat(scored.subscale()).hasValue(3);
        assertThat(scored.band()).isEqualTo("low risk");
        assertThat(scored.alert()).isEmpty();
    }

    @Test
    void totalOfFourWithSubscaleThreeIsMediumRisk() {
        Outcome.Scored scored = scored("1,0,0,0,1,1,0,0,1");

        assertThat(scored.scoreText()).isEqualTo("total 4/9, psychosocial 3/5");
        assertThat(scored.band()).isEqualTo("medium risk");
    }

    @Test
    void subscaleOfFourIsHighRiskAndRaisesTheAlert() {
        Outcome.Scored scored = scored("0,0,0,0,1,1,1,1,0");

        assertThat(scored.score()).isEqualTo(4);
        assertThat(scored.subscale()).hasValue(4);
        assertThat(scored.band()).isEqualTo("high risk");
        assertThat(scored.alert())
                .hasValueSatisfying(
                        alert -> {
                            assertThat(alert.id()).isEqualTo("M1");
                            assertThat(alert.disposition().name()).isEqualTo("SEE_CLINICIAN");
                        });
    }

    @Test
    void physicalItemsAloneGiveMediumRiskAtMost() {
        Outcome.Scored scored = scored("1,1,1,1,0,0,0,0,0");

        assertThat(scored.score()).isEqualTo(4);
        assertThat(scored.band()).isEqualTo("medium risk");
    }

    @Test
    void everythingAgreedIsNineAndFive() {
        Outcome.Scored scored = scored("1,1,1,1,1,1,1,1,1");

        assertThat(scored.score()).isEqualTo(9);
        assertThat(scored.subscale()).hasValue(5);
        assertThat(scored.band()).isEqualTo("high risk");
    }

    @Test
    void onlyVeryMuchAndExtremelyBotherScoreAPoint() {
        Item bother = START_BACK.items().get(8);

        assertThat(bother.choices())
                .extracting(Choice::label)
                .containsExactly("not at all", "slightly", "moderately", "very much", "extremely");
        assertThat(bother.choices()).extracting(Choice::score).containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void aMissingItemLeavesItUnscored() {
        Outcome outcome = START_BACK.score(Responses.parse("1,1,1,1,1,1,1,1,-"));

        assertThat(outcome).isInstanceOf(Outcome.Incomplete.class);
        assertThat(((Outcome.Incomplete) outcome).reason()).contains("every item must be answered");
    }
}
