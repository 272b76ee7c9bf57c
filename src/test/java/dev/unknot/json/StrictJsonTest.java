package dev.unknot.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
    record Step(String id, Integer seconds) {}

    record Session(Integer pain, List<Step> steps) {}

    private static InvalidInputException problem(String json) {
        try {
            StrictJson.read(json, Session.class);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("read " + json);
    }

    @Test
    void aWellFormedBodyReadsIntoTheRecord() {
        assertThat(
                        StrictJson.read(
                                "{\"pain\": 4, \"steps\": [{\"id\": \"a\", \"seconds\": 30}]}",
                                Session.class))
                .isEqualTo(new Session(4, List.of(new Step("a", 30))));
    }

    @Test
    void anUnknownMemberIsNamedWithItsPathAndTheAllowedOnes() {
        InvalidInputException e =
                problem("{\"pain\": 4, \"steps\": [{\"id\": \"a\", \"secs\": 3}]}");

        assertThat(e.path()).isEqualTo("steps[0].secs");
        assertThat(e.reason()).isEqualTo("unknown field; allowed: id, seconds");
    }

    @Test
    void aValueOfTheWrongKindIsNotCoerced() {
        assertThat(problem("{\"pain\": \"4\"}").getMessage())
                .isEqualTo("pain: must be a whole number");
        assertThat(problem("{\"pain\": 4.5}").path()).isEqualTo("pain");
        assertThat(problem("{\"steps\": {\"id\": \"a\"}}").getMessage())
                .isEqualTo("steps: must be a list");
        assertThat(problem("{\"steps\": [{\"id\": 7}]}").getMessage())
                .isEqualTo("steps[0].id: must be text");
    }

    @Test
    void duplicatesAndTrailingContentAreRefused() {
        assertThat(problem("{\"pain\": 4, \"pain\": 5}").getMessage())
                .isEqualTo("pain: is given twice");
        assertThat(problem("{\"pain\": 4} {}").path()).isEmpty();
        assertThat(problem("{\"pain\": ").getMessage()).startsWith("not valid JSON");
        assertThat(problem("[]").getMessage()).isEqualTo("must be a JSON object");
    }

    @Test
    void nothingAtAllIsNotAnObject() {
        assertThatThrownBy(() -> StrictJson.read("null", Session.class))
                .hasMessage("must be a JSON object");
    }
}
