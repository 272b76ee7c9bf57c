package dev.unknot.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.knowledge.KnowledgeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MeasuresLoaderTest {
    private static final String VALID =
            """
            instruments:
              - id: demo
                shortName: DEMO
                name: Demo scale
                citation: {id: demo-2000, reference: "Someone. A demo. 2000."}
                intro: "Two questions."
                note: "A note."
                choices:
                  - {key: "no", score: 0, label: "no"}
                  - {key: "yes", score: 1, label: "yes"}
                items:
                  - text: "First?"
                  - text: "Second?"
                scoring: {rule: total, maxMissing: 0}
                bands:
                  - {from: 0, to: 1, name: low}
                  - {from: 2, to: 2, name: high}
            """;

    private static Measures load(String yaml) {
        return new MeasuresLoader(
                        () -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)))
                .load();
    }

    @Test
    void bundledInstrumentsLoadWithTheirItemCountsAndCitations() {
        Measures measures = Measures.load();

        assertThat(measures.ids()).isEqualTo("nprs, odi, rmdq, startback");
        assertThat(measures.instruments())
                .extracting(instrument -> instrument.items().size())
                .containsExactly(1, 10, 24, 9);
        assertThat(measures.find("odi").orElseThrow().citation().reference())
                .contains("Fairbank", "2000;25(22):2940-53");
        assertThat(measures.find("RMDQ").orElseThrow().citation().reference())
                .contains("Roland", "1983;8(2):141-4");
        assertThat(measures.find("startback").orElseThrow().citation().reference())
                .contains("Hill", "2008;59(5):632-41");
        assertThat(measures.find("nprs").orElseThrow().citation().reference())
                .contains("Childs", "2005;30(11):1331-4");
        assertThat(measures.find("sf36")).isEmpty();
    }

    @Test
    void everyOswestrySectionScoresZeroToFiveInOrder() {
        for (Item item : Measures.load().find("odi").orElseThrow().items()) {
            assertThat(item.choices()).extracting(Choice::score).containsExactly(0, 1, 2, 3, 4, 5);
        }
    }

    @Test
    void aSmallValidFileLoads() {
        Instrument demo = load(VALID).find("demo").orElseThrow();

        assertThat(((Outcome.Scored) demo.score(Responses.parse("1,1"))).band()).isEqualTo("high");
    }

    @Test
    void bandsWithAGapAreRejectedNamingTheInstrument() {
        assertThatThrownBy(
                        () ->
                                load(
                                        VALID.replace(
                                                "{from: 2, to: 2, name: high}",
                                                "{from: 3, to: 3, name: high}")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage(
                        "knowledge/measures.yaml, instrument demo: band 'high' must start at 2 and not end before it");
    }

    @Test
    void bandsThatStopShortAreRejected() {
        assertThatThrownBy(() -> load(VALID.replace("- {from: 2, to: 2, name: high}", "")))
                .hasMessage(
                        "knowledge/measures.yaml, instrument demo: the bands must cover every score from 0 to 2, they end at 1");
        assertThatThrownBy(
                        () ->
                                load(
                                        VALID.replace(
                                                "{from: 2, to: 2, name: high}",
                                                "{from: 2, to: 1, name: high}")))
                .hasMessage(
                        "knowledge/measures.yaml, instrument demo: band 'high' must start at 2 and not end before it");
    }

    @Test
    void anUnknownScoringRuleIsRejected() {
        assertThatThrownBy(() -> load(VALID.replace("rule: total", "rule: average")))
                .hasMessage(
                        "knowledge/measures.yaml, instrument demo: scoring rule 'average' is not one of percentage, total, stratified");
    }

    @Test
    void aMissingCitationIsRejected() {
        assertThatThrownBy(
                        () ->
                                load(
                                        VALID.replace(
                                                "citation: {id: demo-2000, reference: \"Someone. A demo. 2000.\"}",
                                                "")))
                .hasMessage("knowledge/measures.yaml, instrument demo: missing 'citation'");
    }

    @Test
    void aRepeatedChoiceKeyIsRejected() {
        assertThatThrownBy(() -> load(VALID.replace("key: \"yes\"", "key: \"NO\"")))
                .hasMessage(
                        "knowledge/measures.yaml, instrument demo: choice key 'NO' is repeated or contains a comma");
    }

    @Test
    void anItemWithoutTextIsRejectedNamingTheItem() {
        assertThatThrownBy(() -> load(VALID.replace("- text: \"Second?\"", "- text: \"\"")))
                .hasMessage(
                        "knowledge/measures.yaml, instrument demo, item 2: 'text' must be non-empty text");
    }

    @Test
    void tooManyAllowedMissingItemsIsRejected() {
        assertThatThrownBy(() -> load(VALID.replace("maxMissing: 0", "maxMissing: 2")))
                .hasMessage(
                        "knowledge/measures.yaml, instrument demo: maxMissing must be from 0 to 1, was 2");
    }

    @Test
    void anAlertOnABandThatCannotOccurIsRejected() {
        String alert =
                VALID
                        + "    alert: {id: M9, name: Demo, band: extreme, disposition: SEE_CLINICIAN, advice: Go.}\n";
        assertThatThrownBy(() -> load(alert))
                .hasMessage(
                        "knowledge/measures.yaml, instrument demo: alert band 'extreme' is not one of [low, high]");
    }

    @Test
    void malformedYamlNamesTheFile() {
        assertThatThrownBy(() -> load("instruments: [\n"))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/measures.yaml: cannot be read");
    }
}
