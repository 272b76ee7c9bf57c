package dev.unknot.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The 0-10 numeric pain rating: one item, the number given is the score. */
class NumericPainRatingTest {
    private static final Instrument NPRS = Measures.load().find("nprs").orElseThrow();

    private static Outcome.Scored scored(String responses) {
        return (Outcome.Scored) NPRS.score(Responses.parse(responses));
    }

    @Test
    void theRatingIsTheScore() {
        assertThat(scored("6").score()).isEqualTo(6);
        assertThat(scored("6").scoreText()).isEqualTo("6/10");
    }

    @Test
    void bandsAtTheirEdges() {
        assertThat(scored("0").band()).isEqualTo("no pain");
        assertThat(scored("1").band()).isEqualTo("mild pain");
        assertThat(scored("3").band()).isEqualTo("mild pain");
        assertThat(scored("4").band()).isEqualTo("moderate pain");
        assertThat(scored("6").band()).isEqualTo("moderate pain");
        assertThat(scored("7").band()).isEqualTo("severe pain");
        assertThat(scored("10").band()).isEqualTo("severe pain");
    }

    @Test
    void elevenIsNotAPainRating() {
        assertThatThrownBy(() -> NPRS.score(Responses.parse("11")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("responses: item 1 of the NPRS cannot score 11");
    }

    @Test
    void theOnlyItemCannotBeMissing() {
        assertThat(NPRS.allowsMissing()).isFalse();
        assertThat(NPRS.score(Responses.parse("-"))).isInstanceOf(Outcome.Incomplete.class);
    }
}
