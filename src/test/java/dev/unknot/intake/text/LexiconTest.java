package dev.unknot.intake.text;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.knowledge.KnowledgeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static String real() {
        try (InputStream in = LexiconTest.class.getResourceAsStream("/knowledge/freetext.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Lexicon load(String yaml) {
        return Lexicon.load(
                name -> new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnquotedNoIsCaughtBecauseYamlWouldReadItAsFalse() {
        assertThatThrownBy(() -> load(real().replace("    - \"no\"\n", "    - no\n")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/freetext.yaml, negation-either")
                .hasMessageContaining("quote");
    }

    @Test
    void aFindingForAnUnknownQuestionNamesTheEntry() {
        assertThatThrownBy(
                        () ->
                                load(
                                        real().replace(
                                                        "question: flags.fever",
                                                        "question: flags.feever")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("findings, flags.feever: question must be a yes/no question");
    }

    @Test
    void anUnknownCauseNamesTheEntry() {
        assertThatThrownBy(() -> load(real().replace("  sport: [", "  sports: [")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("causes, sports: unknown value");
    }

    @Test
    void aWordListedTwiceIsAMistake() {
        assertThatThrownBy(
                        () ->
                                load(
                                        real().replace(
                                                        "\n  tennis-ball: [tennis ball,",
                                                        "\n  tennis-ball: [tennis ball, tennis ball,")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("\"tennis ball\": listed twice");
    }

    @Test
    void aMissingSectionIsNamed() {
        assertThatThrownBy(() -> load(real().replaceAll("(?s)\nsides:.*", "\n")))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/freetext.yaml, sides: missing");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> Lexicon.load(name -> null))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("knowledge/freetext.yaml: file not found");
    }
}
