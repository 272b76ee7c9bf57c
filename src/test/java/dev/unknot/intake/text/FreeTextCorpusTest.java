package dev.unknot.intake.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestApps;
import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
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

    /**
     * Every text: no safety question settled "no" that the text does not state, no emergency or
     * urgent answer read as less serious, and no disposition less serious than expected. Whether
     * every other answer is as expected is measured, not required, by the report below.
     */
    @TestFactory
    Stream<DynamicTest> noTextIsReadAsLessSeriousThanItIs() {
        return CASES.stream()
                .map(
                        c ->
                                DynamicTest.dynamicTest(
                                        c.id() + ": " + c.text(),
                                        () -> {
                                            CorpusReport one =
                                                    CorpusReport.of(List.of(c), READER, ASSESSOR);
                                            assertThat(one.underTriaged())
                                                    .as("disposition")
                                                    .isEmpty();
                                            assertThat(one.unstatedNo())
                                                    .as("a 'no' not stated")
                                                    .isEmpty();
                                            assertThat(one.seriousRecallMisses())
                                                    .as(
                                                            "an emergency or urgent answer read as less")
                                                    .isEmpty();
                                        }));
    }

    @Test
    void atLeast95PercentOfTextsGiveTheExpectedDispositionAndRules() throws IOException {
        CorpusReport report = CorpusReport.of(CASES, READER, ASSESSOR);
        Files.createDirectories(Path.of("target"));
        Files.writeString(
                Path.of("target/freetext-corpus.md"), report.markdown() + "\n" + report.findings());
        assertThat(report.underTriaged()).as("under-triaged texts").isEmpty();
        assertThat(report.unstatedNo()).as("a 'no' the text does not state").isEmpty();
        assertThat(report.seriousRecallMisses()).as("missed EMERGENCY or URGENT answers").isEmpty();
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
