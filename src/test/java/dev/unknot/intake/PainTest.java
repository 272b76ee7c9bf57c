package dev.unknot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PainTest {

    @Test
    void painOnTheScaleKeepsItsPoints() {
        assertThat(Pain.of("pain", 0).points()).isZero();
        assertThat(Pain.of("pain", 10).points()).isEqualTo(10);
        assertThat(Pain.parse("painAfter", " 7 ")).isEqualTo(new Pain(7));
    }

    @Test
    void painOffTheScaleNamesTheFieldTheCallerGave() {
        assertThatThrownBy(() -> Pain.of("painBefore", 12))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("painBefore: must be a whole number from 0 to 10, was 12");
        assertThatThrownBy(() -> Pain.of("pain", -1))
                .hasMessage("pain: must be a whole number from 0 to 10, was -1");
        assertThatThrownBy(() -> Pain.parse("pain", "five"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("pain: must be a whole number from 0 to 10");
    }

    @Test
    void noPainExistsOffTheScale() {
        assertThatThrownBy(() -> new Pain(11)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void painReadsAsItsPoints() {
        assertThat("pain " + new Pain(5) + " -> " + new Pain(3)).isEqualTo("pain 5 -> 3");
    }
}
