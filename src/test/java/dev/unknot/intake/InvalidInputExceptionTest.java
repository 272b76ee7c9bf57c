package dev.unknot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {

    @Test
    void theMessageIsThePathAndTheReason() {
        InvalidInputException problem =
                new InvalidInputException("painNow", "must be a whole number from 0 to 10, was 11");

        assertThat(problem.getMessage())
                .isEqualTo("painNow: must be a whole number from 0 to 10, was 11");
        assertThat(problem.path()).isEqualTo("painNow");
        assertThat(problem.reason()).isEqualTo("must be a whole number from 0 to 10, was 11");
        assertThat(problem.callersToFix()).isTrue();
    }

    @Test
    void withoutAPathTheMessageIsTheReason() {
        assertThat(new InvalidInputException("", "not valid JSON").getMessage())
                .isEqualTo("not valid JSON");
    }

    @Test
    void withinPlacesThePathInsideItsParentAndKeepsTheReason() {
        InvalidInputException problem =
                new InvalidInputException("pain", "must be a whole number from 0 to 10, was 12");

        InvalidInputException placed = problem.within("diary[3]");

        assertThat(placed.path()).isEqualTo("diary[3].pain");
        assertThat(placed.reason()).isEqualTo(problem.reason());
        assertThat(placed.getMessage())
                .isEqualTo("diary[3].pain: must be a whole number from 0 to 10, was 12");
        assertThat(placed.getCause()).isSameAs(problem);
    }

    @Test
    void withinJoinsIndexesAndWholeInputs() {
        assertThat(new InvalidInputException("[2].outcome", "x").within("steps").path())
                .isEqualTo("steps[2].outcome");
        assertThat(new InvalidInputException("", "must be a JSON object").within("diary[0]").path())
                .isEqualTo("diary[0]");
        assertThat(new InvalidInputException("flags.fever", "x").within("").path())
                .isEqualTo("flags.fever");
    }
}
