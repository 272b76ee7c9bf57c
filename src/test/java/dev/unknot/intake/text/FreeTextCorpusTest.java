package dev.unknot.intake.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestApps;
import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.intake.Question;
import dev.unknot.intake.TextReading;
import dev.unknot.triage.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the evaluation corpus (src/test/resources/freetext/corpus) through the reader and triage as
 * the program wires them, and writes the precision and recall per safety question to {@code
 * target/freetext-corpus.md} (copied into docs/freetext-corpus.md).
 */
class FreeTextCorpusTest {
    private static final List<Corpus.Case> CASES = Corpus.cases();
    private static final FreeText READER = new FreeText();
    private static final Assessor ASSESSOR = TestApps.inMemory("corpus").assessor();

    @Test
    void theCorpusHoldsAtLeastFourHundredTexts() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(400);
        assertThat(CASES.stream().map(Corpus.Case::id).distinct()).hasSameSizeAs(CASES);
    }

    @TestFactory
    Stream<DynamicTest> eachCaseStatesWhatTriageGivesForItsAnswers() {
        return CASES.stream()
                .map(
                        c ->
                                DynamicTest.dynamicTest(
                                        c.id(),
                                        () -> {
                                            Assessment assessment = ASSESSOR.assess(c.expected());
                                            assertThat(disposition(assessment))
                                                    .as("%s: disposition of its expect", c.id())
                                                    .isEqualTo(c.disposition());
                                            assertThat(rules(assessment))
                                                    .as("%s: rules of its expect", c.id())
                                                    .isEqualTo(c.rules());
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> eachTextIsReadAsExpected() {
        return CASES.stream()
                .map(
                        c ->
                                DynamicTest.dynamicTest(
                                        c.id() + ": " + c.text(),
                                        () -> {
                                            TextReading reading = READER.read(c.text());
                                            for (Question question : checked(c)) {
                                                assertThat(Corpus.shown(reading.intake(), question))
                                                        .as(
                                                                "%s %s (evidence %s, open %s)",
                                                                c.id(),
                                                                question.field(),
                                                                reading.evidence(),
                                                                reading.unsure())
                                                        .isEqualTo(
                                                                c.expect()
                                                                        .getOrDefault(
                                                                                question, "?"));
                                            }
                                            Assessment assessment =
                                                    ASSESSOR.assess(reading.intake());
                                            assertThat(disposition(assessment))
                                                    .as("%s disposition", c.id())
                                                    .isEqualTo(c.disposition());
                                            assertThat(rules(assessment))
                                                    .as("%s rules", c.id())
                                                    .isEqualTo(c.rules());
                                        }));
    }

    @Test
    void noEmergencyOrUrgentTextIsReadAsLessSeriousAndNoUnstatedNoIsSettled() throws IOException {
        CorpusReport report = CorpusReport.of(CASES, READER, ASSESSOR);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/freetext-corpus.md"), report.markdown());
        assertThat(report.underTriaged()).as("under-triaged texts").isEmpty();
        assertThat(report.unstatedNo()).as("a 'no' the text does not state").isEmpty();
        assertThat(report.seriousRecallMisses()).as("missed EMERGENCY or URGENT answers").isEmpty();
    }

    private static Set<Question> checked(Corpus.Case c) {
        Set<Question> questions = new TreeSet<>(Corpus.EXACT);
        questions.addAll(c.expect().keySet());
        return questions;
    }

    static String disposition(Assessment assessment) {
        return assessment.triage().disposition().name();
    }

    static Set<String> rules(Assessment assessment) {
        return assessment.triage().reasons().stream()
                .map(Reason::ruleId)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
