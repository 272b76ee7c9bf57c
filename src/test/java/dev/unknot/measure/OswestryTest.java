package dev.unknot.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Worked examples of the Oswestry Disability Index v2.1a, scored as in Fairbank & Pynsent 2000. */
class OswestryTest {
    private static final Instrument ODI = Measures.load().find("odi").orElseThrow();

    private static Outcome.Scored scored(String responses) {
        return (Outcome.Scored) ODI.score(Responses.parse(responses));
    }

    @Test
    void allTenSectionsAnsweredIsThePointsOutOfFifty() {
        Outcome.Scored scored = scored("3,2,3,2,2,1,2,2,1,1");

        assertThat(scored.score()).isEqualTo(38);
        assertThat(scored.scoreText()).isEqualTo("38%");
        assertThat(scored.band()).isEqualTo("moderate disability");
        assertThat(scored.missing()).isEmpty();
        assertThat(scored.prorated()).isFalse();
    }

    @Test
    void oneSkippedSectionScoresOutOfTheAnsweredMaximum() {
        // 17 points over 9 sections: 17 / 45 x 100 = 37.78, rounded to 38.
        Outcome.Scored scored = scored("3,2,3,2,2,1,2,-,1,1");

        assertThat(scored.score()).isEqualTo(38);
        assertThat(scored.missing()).containsExactly(8);
        assertThat(scored.prorated()).isTrue();
    }

    @Test
    void twoSkippedSectionsAreStillScored() {
        // 20 points over 8 sections: 20 / 40 x 100 = 50.
        Outcome.Scored scored = scored("5,3,3,2,-,2,2,-,2,1");

        assertThat(scored.score()).isEqualTo(50);
        assertThat(scored.band()).isEqualTo("severe disability");
        assertThat(scored.missing()).containsExactly(5, 8);
    }

    @Test
    void threeSkippedSectionsAreNotScored() {
        Outcome outcome = ODI.score(Responses.parse("5,-,3,2,-,2,2,-,2,1"));

        assertThat(outcome).isInstanceOf(Outcome.Incomplete.class);
        assertThat(outcome.scoreText()).isEqualTo("not scored");
        assertThat(((Outcome.Incomplete) outcome).reason())
                .isEqualTo(
                        "3 of 10 items unanswered (items [2, 5, 8]); at most 2 may be missing to score the ODI");
    }

    @Test
    void halfAPercentRoundsUp() {
        // 1 point over 8 sections: 1 / 40 = 2.5% -> 3%; 41 points over 9 sections: 91.1% -> 91%.
        assertThat(scored("1,0,0,0,0,0,0,-,-,0").score()).isEqualTo(3);
        assertThat(scored("5,5,5,5,5,5,5,5,-,1").score()).isEqualTo(91);
    }

    @Test
    void bandBoundariesFollowFairbankAndPynsent() {
        assertThat(scored("0,0,0,0,0,0,0,0,0,0").band()).isEqualTo("minimal disability");
        assertThat(scored("2,2,2,2,2,0,0,0,0,0").band())
                .isEqualTo("minimal disability"); // 10/50 = 20%
        assertThat(scored("2,2,2,2,2,1,0,0,0,0").band()).isEqualTo("moderate disability"); // 22%
        assertThat(scored("2,2,2,2,2,2,2,2,2,2").band()).isEqualTo("moderate disability"); // 40%
        assertThat(scored("3,2,2,2,2,2,2,2,2,2").band()).isEqualTo("severe disability"); // 42%
        assertThat(scored("3,3,3,3,3,3,3,3,3,3").band()).isEqualTo("severe disability"); // 60%
        assertThat(scored("4,3,3,3,3,3,3,3,3,3").band()).isEqualTo("crippling back pain"); // 62%
        assertThat(scored("4,4,4,4,4,4,4,4,4,4").band()).isEqualTo("crippling back pain"); // 80%
        assertThat(scored("5,4,4,4,4,4,4,4,4,4").band()).isEqualTo("bed-bound"); // 82%
        assertThat(scored("5,5,5,5,5,5,5,5,5,5").score()).isEqualTo(100);
    }

    @Test
    void roundingDecidesTheBandAtTheEdge() {
        // 9 of 45 = 20.0% minimal; 10 of 45 = 22.2% moderate; 18 of 45 = 40% moderate; 19 of 45 =
        // 42.2% severe.
        assertThat(scored("5,4,0,0,0,0,0,0,0,-").band()).isEqualTo("minimal disability");
        assertThat(scored("5,5,0,0,0,0,0,0,0,-").band()).isEqualTo("moderate disability");
        assertThat(scored("5,5,5,3,0,0,0,0,0,-").band()).isEqualTo("moderate disability");
        assertThat(scored("5,5,5,4,0,0,0,0,0,-").band()).isEqualTo("severe disability");
    }
}
