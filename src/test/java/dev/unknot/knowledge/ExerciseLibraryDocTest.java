package dev.unknot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/exercise-library.md} cannot drift from the data: every exercise is listed with its
 * current starting dose and variants, the thresholds it names are the file's, and the handout's
 * pain rule is quoted as the code builds it.
 */
class ExerciseLibraryDocTest {
    static final KnowledgeBase KNOWLEDGE = KnowledgeBaseTest.KNOWLEDGE;

    static String doc() {
        try {
            return Files.readString(Path.of("docs/exercise-library.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyExerciseIsListedWithItsCurrentDoseAndVariants() {
        String doc = doc();
        ExerciseLibrary library = KNOWLEDGE.exerciseLibrary();

        assertThat(library.exercises())
                .allSatisfy(
                        exercise -> {
                            String row =
                                    doc.lines()
                                            .filter(
                                                    line ->
                                                            line.startsWith(
                                                                    "| "
                                                                            + exercise.name()
                                                                            + " (`"
                                                                            + exercise.id()
                                                                            + "`)"))
                                            .findFirst()
                                            .orElseThrow(
                                                    () ->
                                                            new AssertionError(
                                                                    "no row for " + exercise.id()));
                            assertThat(row)
                                    .contains("| " + exercise.startingDose().amount() + " |")
                                    .contains("| " + exercise.startingDose().often() + " |")
                                    .contains(
                                            "| "
                                                    + library.easier(exercise)
                                                            .map(LibraryExercise::name)
                                                            .orElse("–")
                                                    + " | "
                                                    + library.harder(exercise)
                                                            .map(LibraryExercise::name)
                                                            .orElse("–")
                                                    + " |");
                        });
    }

    @Test
    void theThresholdsNamedAreTheFilesOwn() {
        ProgressionRules rules = KNOWLEDGE.progression();

        assertThat(doc())
                .contains("flare margin (" + rules.flareMargin() + ")")
                .contains("the limit (" + rules.painLimit() + ")")
                .contains("settle margin (" + rules.settleMargin() + ")")
                .contains("> " + rules.painRule().text());
    }

    @Test
    void theSelfCareProgrammeIsDescribedWithItsOwnNumbers() {
        SelfCareSettings selfCare = KNOWLEDGE.progression().selfCare();

        assertThat(doc())
                .contains("at least " + selfCare.minHours() + " hours")
                .contains("the last " + selfCare.entries() + " diary entries")
                .contains("at or below " + selfCare.maxPain() + " out of 10");
    }
}
