package dev.unknot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.knowledge.KnowledgeBase;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeSearchTest {
    static final KnowledgeSearch SEARCH = KnowledgeSearch.of(KnowledgeBase.load());

    private static List<String> topKinds(String query, int n) {
        return SEARCH.search(query).stream().limit(n).map(Passage::kind).toList();
    }

    @Test
    void everyPassageOfTheKnowledgeBaseIsIndexed() {
        assertThat(SEARCH.size()).isGreaterThan(40);
    }

    @Test
    void canYouRubAKnotOutFindsSelfMassage() {
        List<Passage> found = SEARCH.search("can you rub a knot out?");

        assertThat(found.stream().limit(5).map(Passage::kind)).contains("self-massage", "pressure");
        assertThat(found.stream().limit(3).map(Passage::title))
                .anyMatch(title -> title.toLowerCase().contains("massage"));
    }

    @Test
    void whenToSeeADoctorFindsTheTriageRules() {
        assertThat(topKinds("when should I see a doctor", 3)).contains("triage rule");
    }

    @Test
    void iceOrHeatFindsTheHeatAndColdAdvice() {
        assertThat(topKinds("ice or heat?", 3)).contains("heat and cold");
    }

    @Test
    void sittingAllDayFindsThePreventionHabits() {
        assertThat(topKinds("I sit at a desk all day", 3)).contains("prevention habit");
    }

    @Test
    void bladderFindsTheEmergencyRule() {
        assertThat(SEARCH.search("trouble controlling my bladder").get(0).title())
                .containsIgnoringCase("bladder");
    }

    @Test
    void queryMarkupIsJustWordsAndNeverFails() {
        assertThat(SEARCH.search("\"AND OR ( * ~ ^ [ { \\ / :")).isNotNull();
        assertThat(SEARCH.search("   ")).isEmpty();
        assertThat(SEARCH.search("zzzzqqq")).isEmpty();
    }

    @Test
    void aLongQueryIsRefused() {
        assertThatThrownBy(() -> SEARCH.search("a".repeat(KnowledgeSearch.MAX_QUERY + 1)))
                .hasMessageContaining("at most 200");
    }

    @Test
    void everyResultCitesItsSources() {
        assertThat(SEARCH.search("stretch"))
                .isNotEmpty()
                .allSatisfy(passage -> assertThat(passage.sources()).isNotEmpty());
    }

    @Test
    void theWordsThatMatchedAreMarkedByTheirStemAndTheRestKeptWhole() {
        List<Found> found = SEARCH.find("stretching");

        assertThat(found)
                .isNotEmpty()
                .allSatisfy(
                        hit -> {
                            assertThat(joined(hit.title())).isEqualTo(hit.passage().title());
                            assertThat(joined(hit.text())).isEqualTo(hit.passage().text());
                        });
        assertThat(marked(found))
                .isNotEmpty()
                .allSatisfy(words -> assertThat(words).matches("stretch\\w*"))
                .contains("stretch");
    }

    @Test
    void anEverydayWordMarksTheWordsItStandsFor() {
        // no passage says "rubbing": its synonyms found them, and those are what is marked
        assertThat(marked(SEARCH.find("rubbing"))).contains("massage").doesNotContain("rubbing");
    }

    @Test
    void questionWordsNeitherRankNorAreMarked() {
        List<Found> found = SEARCH.find("can you rub a knot out?");

        assertThat(marked(found)).contains("knot", "massage").doesNotContain("can", "you", "out");
        assertThat(SEARCH.search("can you should")).isEmpty();
    }

    private static String joined(List<Found.Span> spans) {
        return spans.stream().map(Found.Span::words).reduce("", String::concat);
    }

    private static List<String> marked(List<Found> found) {
        return found.stream()
                .flatMap(
                        hit ->
                                java.util.stream.Stream.concat(
                                        hit.title().stream(), hit.text().stream()))
                .filter(Found.Span::matched)
                .map(span -> span.words().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }
}
