package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnowledgeCommandsTest {

    @Test
    void sourcesListsTheArticlesAndGuidelinesByTitleWithTheirAddresses() {
        CliRun run = CliRun.run("sources");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains(
                        "How to massage lower back knots for quick relief",
                        "NHS: Back pain",
                        "NICE guideline NG59",
                        "https://www.nice.org.uk/guidance/ng59",
                        "https://www.nhs.uk/conditions/cauda-equina-syndrome/",
                        "an article given to unknot as a reference");
    }

    @Test
    void sourcesShowsNoIdsOrFileNames() {
        CliRun run = CliRun.run("sources");

        assertThat(run.out())
                .doesNotContain("[000]", "[nice-ng59]", "nhs-ces", "004_", ".txt", "file:");
    }

    @Test
    void rulesPrintsEveryRuleWithItsDisposition() {
        CliRun run = CliRun.run("rules");

        assertThat(run.exitCode()).isZero();
        for (int id = 1; id <= 24; id++) {
            assertThat(run.out()).contains("R" + id + " ");
        }
        assertThat(run.out())
                .containsPattern("R1 +Emergency")
                .containsPattern("R7 +Urgent")
                .containsPattern("R22 +See a clinician")
                .doesNotContain("SEE_CLINICIAN");
    }

    @Test
    void explainShowsTheRuleItsWordingAndCitations() {
        CliRun run = CliRun.run("explain", "r7");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("R7  Fever or chills")
                .contains("When:        fever or chills")
                .contains("Disposition: Urgent")
                .doesNotContain("flags.")
                .contains("A doctor should see you today")
                .contains("[000]")
                .contains("[004]");
    }

    @Test
    void explainOfAnUnknownRuleIsAUserError() {
        CliRun run = CliRun.run("explain", "R99");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown rule 'R99'; rules are R1 to R26");
    }

    @Test
    void theNewRulesAreListedAndR26CitesTheNhsAndGirft() {
        assertThat(CliRun.run("rules").out()).contains("R25", "R26");
        assertThat(CliRun.run("explain", "R26").out())
                .contains(
                        "EMERGENCY",
                        "NHS: Cauda equina syndrome",
                        "GIRFT",
                        "https://www.nhs.uk/conditions/cauda-equina-syndrome/");
    }

    @Test
    void explainShowsCompoundConditionsInWords() {
        assertThat(CliRun.run("explain", "R8").out())
                .contains("When:        weight loss you cannot explain and you have had cancer");
    }
}
