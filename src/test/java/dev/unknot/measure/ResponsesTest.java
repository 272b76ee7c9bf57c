package dev.unknot.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.InvalidInputException;
import org.junit.jupiter.api.Test;

class ResponsesTest {

    @Test
    void storedFormReadsBackTheSame() {
        Responses responses = Responses.parse("3, 2,-,1");

        assertThat(responses.format()).isEqualTo("3,2,-,1");
        assertThat(responses.missing()).containsExactly(3);
        assertThat(responses.answered()).isEqualTo(3);
        assertThat(responses.sum()).isEqualTo(6);
    }

    @Test
    void anythingButNumbersAndDashesIsInvalid() {
        assertThatThrownBy(() -> Responses.parse("3,x,1"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("responses: item 2 must be a whole number or '-', was 'x'");
    }

    @Test
    void theWrongNumberOfItemsIsInvalidForAnInstrument() {
        Instrument odi = Measures.load().find("odi").orElseThrow();

        assertThatThrownBy(() -> odi.score(Responses.parse("1,2,3")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("responses: the ODI has 10 items, 3 were given");
        assertThatThrownBy(() -> odi.score(Responses.parse("6,0,0,0,0,0,0,0,0,0")))
                .hasMessage("responses: item 1 of the ODI cannot score 6");
    }
}
