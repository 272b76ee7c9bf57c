package dev.unknot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpRegionsTest {
    private static final KnowledgeBase KNOWLEDGE = KnowledgeBaseTest.KNOWLEDGE;
    private static final HelpRegions REGIONS = HelpRegions.load(KNOWLEDGE);

    @Test
    void theUkCallsNineNineNineInAnEmergencyAndNhs111WhenUrgent() {
        HelpRegion uk = REGIONS.find(HelpRegions.DEFAULT).orElseThrow();

        assertThat(uk.emergency().call()).isEqualTo("999");
        assertThat(uk.emergency().say()).contains("999", "A&E");
        assertThat(uk.urgent().call()).isEqualTo("111");
        assertThat(uk.urgent().link()).isEqualTo("https://111.nhs.uk/");
        assertThat(uk.sources()).contains("nhs-back-pain");
    }

    @Test
    void europeCalls112AndTheUnitedStates911WithNoSingleUrgentLine() {
        assertThat(REGIONS.ids()).containsExactly("uk", "eu", "us");
        assertThat(REGIONS.find("EU").orElseThrow().emergency().call()).isEqualTo("112");
        assertThat(REGIONS.find("us").orElseThrow().emergency().call()).isEqualTo("911");
        assertThat(REGIONS.find("us").orElseThrow().urgent().hasCall()).isFalse();
        assertThat(REGIONS.find("mars")).isEmpty();
    }

    @Test
    void everyRegionCitesSourcesWithAnAddress() {
        assertThat(REGIONS.regions())
                .allSatisfy(
                        region ->
                                assertThat(region.sources())
                                        .isNotEmpty()
                                        .allSatisfy(
                                                id ->
                                                        assertThat(
                                                                        KNOWLEDGE
                                                                                .source(id)
                                                                                .orElseThrow()
                                                                                .url())
                                                                .startsWith("https://")));
    }
}
