package dev.unknot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The progression rules load with every rule, growth and word in place; the handout's pain rule is
 * built from the same numbers; a broken {@code progression.yaml} fails naming file and entry.
 */
class ProgressionRulesTest {
    static final ProgressionRules RULES = KnowledgeBaseTest.KNOWLEDGE.progression();

    @Test
    void thePainRuleForAHandoutUsesTheRulesOwnNumbers() {
        PainRule rule = RULES.painRule();

        assertThat(rule.text())
                .contains("up to " + RULES.painLimit() + " out of 10")
                .contains("more than " + RULES.flareMargin() + " points")
                .doesNotContain("{");
        assertThat(rule.sources()).contains("silbernagel-2007");
    }

    @Test
    void thePainRuleFollowsAChangedLimit() {
        String edited = bundled().replace("limit: 5 ", "limit: 4 ");

        assertThat(load(edited).painRule().text()).contains("up to 4 out of 10");
    }

    @Test
    void everyConditionHasItsRuleInOrder() {
        assertThat(RULES.rules())
                .extracting(ProgressionRule::when)
                .containsExactly(ProgressionRule.Condition.values());
        assertThat(RULES.rules()).extracting(ProgressionRule::id).doesNotHaveDuplicates();
    }

    @Test
    void everyRuleIdIsPinnedByAWorkedExample() throws IOException {
        String examples =
                java.nio.file.Files.readString(
                        java.nio.file.Path.of(
                                "src/test/java/dev/unknot/progression/ProgressionTest.java"));

        assertThat(RULES.rules())
                .allSatisfy(rule -> assertThat(examples).contains("\"" + rule.id() + "\""));
    }

    @Test
    void everyRuleGrowthAndTheProgrammeCiteKnownSources() {
        java.util.List<Cited> entries = new java.util.ArrayList<>(RULES.rules());
        entries.addAll(RULES.growth().values());
        entries.add(RULES.selfCare());
        entries.add(RULES.painRule());
        entries.addAll(KnowledgeBaseTest.KNOWLEDGE.exerciseLibrary().exercises());

        assertThat(entries)
                .allSatisfy(
                        entry ->
                                assertThat(entry.sources())
                                        .as(String.valueOf(entry))
                                        .isNotEmpty()
                                        .allSatisfy(
                                                id ->
                                                        assertThat(
                                                                        KnowledgeBaseTest.KNOWLEDGE
                                                                                .source(id))
                                                                .as(id)
                                                                .isPresent()));
    }

    @Test
    void everyKindOfExerciseHasItsGrowth() {
        for (LibraryExercise.Kind kind : LibraryExercise.Kind.values()) {
            assertThat(RULES.growthOf(kind).kind()).isEqualTo(kind);
        }
        assertThat(RULES.growthOf(LibraryExercise.Kind.MASSAGE).reps()).isEmpty();
    }

    @Test
    void aRuleThatTurnsStoppingForPainIntoProgressFails() {
        String edited =
                bundled()
                        .replace(
                                "when: stopped-for-pain\n    outcome: step-back",
                                "when: stopped-for-pain\n    outcome: progress");

        assertThatThrownBy(() -> load(edited))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageStartingWith("knowledge/progression.yaml, rule P2: ")
                .hasMessageContaining("must lead to step-back");
    }

    @Test
    void aTopAboveTheDoseLimitsFails() {
        String edited =
                bundled().replace("step: 5, top: 30, floor: 5", "step: 5, top: 500, floor: 5");

        assertThatThrownBy(() -> load(edited))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("growth walking minutes")
                .hasMessageContaining("above the most a dose allows");
    }

    @Test
    void anUnknownPlaceholderFails() {
        String edited = bundled().replace("up to {limit} out of 10", "up to {limits} out of 10");

        assertThatThrownBy(() -> load(edited))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("knowledge/progression.yaml, pain: ")
                .hasMessageContaining("{limits}");
    }

    @Test
    void aSelfCareExerciseTheLibraryLacksFails() {
        String edited =
                bundled()
                        .replace(
                                "[glute-bridge, bird-dog, clamshell]", "[glute-bridge, handstand]");

        assertThatThrownBy(() -> load(edited))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("selfCare: unknown exercise 'handstand'");
    }

    private static ProgressionRules load(String progression) {
        return new KnowledgeLoader(
                        name ->
                                name.equals("progression.yaml")
                                        ? new ByteArrayInputStream(
                                                progression.getBytes(StandardCharsets.UTF_8))
                                        : ProgressionRulesTest.class.getResourceAsStream(
                                                "/knowledge/" + name))
                .load()
                .progression();
    }

    private static String bundled() {
        try (InputStream in =
                ProgressionRulesTest.class.getResourceAsStream("/knowledge/progression.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
