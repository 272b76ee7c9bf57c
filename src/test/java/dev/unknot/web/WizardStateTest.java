package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.Intake;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Question;
import dev.unknot.intake.Region;
import dev.unknot.knowledge.WizardPages;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WizardStateTest {
    private static final WizardPages PAGES = WizardPages.load(WebClient.KNOWLEDGE);

    @Test
    void survivesTheTripThroughTheAddress() {
        Intake intake =
                Intake.builder()
                        .put(Question.FEVER, false)
                        .put(Question.AGE, 38)
                        .put(Question.REGIONS, Set.of(Region.ABOVE_HIP))
                        .build();
        WizardState state =
                new WizardState(
                        intake,
                        Set.of(Question.SIDE),
                        PAGES.group(List.of(Question.FEVER, Question.AGE, Question.SIDE)),
                        2);

        WizardState read =
                WizardState.read(
                        state.answers(),
                        state.questions(),
                        String.valueOf(state.page()),
                        state.notSure(),
                        PAGES);

        assertThat(read).isEqualTo(state);
        assertThat(state.pages()).hasSize(3);
        assertThat(state.answers()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void theQuestionsAreGroupedOnTheirPagesInTheirOrder() {
        WizardState state = WizardState.read("", "age,side,flags.fever,regions", "1", "", PAGES);

        assertThat(state.questions()).isEqualTo("flags.fever,regions,side,age");
        assertThat(state.current().questions()).containsExactly(Question.REGIONS, Question.SIDE);
    }

    @Test
    void damagedStateIsInvalidInputNamingTheParameter() {
        assertThatThrownBy(() -> WizardState.decode("***"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).path())
                .isEqualTo("a");
        assertThatThrownBy(() -> WizardState.read("", "flags.fever", "2", "", PAGES))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("n:");
        assertThatThrownBy(() -> WizardState.read("", "flags.fever", "-1", "", PAGES))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("n:");
        assertThatThrownBy(() -> WizardState.read("", "flags.fever", "one", "", PAGES))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("n:");
        assertThatThrownBy(() -> WizardState.read("", "flags.nope", "0", "", PAGES))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("q:");
        assertThatThrownBy(() -> WizardState.read("", "flags.fever,fever", "0", "", PAGES))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("q:");
    }

    @Test
    void answersAreReadAsStrictlyAsTheApiReadsAnIntake() {
        String outOfRange =
                java.util.Base64.getUrlEncoder().encodeToString("{\"painNow\": 11}".getBytes());

        assertThatThrownBy(() -> WizardState.decode(outOfRange))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("painNow");
    }
}
