package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourcesPagesTest {
    private static WebClient web;

    @BeforeAll
    static void start() {
        web = new WebClient();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void theSourcesPageListsEveryArticleWithAnAnchorAndASearchForm() {
        String page = web.get("/sources").body();

        for (var source : WebClient.KNOWLEDGE.sources()) {
            assertThat(page).contains("id=\"source-" + source.id() + "\"");
        }
        assertThat(page)
                .contains(
                        "role=\"search\"", "<label for=\"q\">", "id=\"rule-R1\"", "not a diagnosis")
                .doesNotContain("id=\"results\"");
    }

    @Test
    void aQuestionFindsTheRightPassagesWithTheirSources() {
        String page = web.get("/sources?q=" + WebClient.encode("can you rub a knot out?")).body();

        assertThat(page)
                .contains(
                        "id=\"results\"", "self-massage", "href=\"/sources#technique-", "Sources:");
    }

    @Test
    void theWordsThatMatchedAreMarkedInTheResultsOnly() {
        String page = web.get("/sources?q=" + WebClient.encode("rubbing")).body();

        String results =
                page.substring(
                        page.indexOf("id=\"results\""), page.indexOf("id=\"articles-heading\""));
        assertThat(results).containsPattern("<mark>[Mm]assage</mark>");
        assertThat(page.substring(page.indexOf("id=\"articles-heading\"")))
                .doesNotContain("<mark>");
    }

    @Test
    void theSearchApiAnswersJsonWithCitations() {
        HttpResponse<String> found = web.get("/api/search?q=" + WebClient.encode("ice or heat"));

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"kind\":\"heat and cold\"", "\"sources\":[{\"id\":");
        assertThat(web.get("/api/search?q=").body()).contains("\"results\":[]");
    }

    @Test
    void queryMarkupIsHarmlessAndALongQueryIsAProblemNamingQ() {
        HttpResponse<String> odd =
                web.get("/api/search?q=" + WebClient.encode("\"AND OR ( * <script>"));
        HttpResponse<String> page =
                web.get("/sources?q=" + WebClient.encode("<script>alert(1)</script>"));
        HttpResponse<String> tooLong = web.get("/api/search?q=" + "a".repeat(201));

        assertThat(odd.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"q\"");
    }

    @Test
    void theSourcesPageShowsEachSourceByTitleWithItsAddressAndNoFileNames() {
        String page = web.get("/sources").body();
        String articles =
                page.substring(
                        page.indexOf("id=\"articles-heading\""),
                        page.indexOf("id=\"knowledge-heading\""));

        assertThat(articles)
                .contains(
                        "<a href=\"https://www.nice.org.uk/guidance/ng59\" rel=\"noopener\">NICE guideline NG59",
                        "https://www.nhs.uk/conditions/back-pain/",
                        "<cite>How to massage lower back knots for quick relief</cite>")
                .doesNotContain(".txt", "[004]", "[nice-ng59]");
    }

    @Test
    void everyPassageCitesItsSourcesByShortTitle() {
        String page = web.get("/sources").body();
        String knowledge = page.substring(page.indexOf("id=\"knowledge-heading\""));

        assertThat(knowledge)
                .contains(
                        "data-source=\"nhs-ces\" rel=\"noopener\">NHS: Cauda equina syndrome</a>",
                        "data-source=\"002\">Article: Knot on the lower spine, causes and relief</cite>")
                .doesNotContain(">004</a>", ">nhs-back-pain</a>");
    }

    @Test
    void theGeneralAdviceCanBeSearchedAndIsListedWithItsSources() {
        String found = web.get("/sources?q=" + WebClient.encode("painkiller")).body();
        String page = web.get("/sources").body();

        assertThat(found).contains("id=\"results\"", "pharmacist");
        assertThat(page).contains("id=\"help-physiotherapist\"", "id=\"advice-no-bed-rest\"");
    }
}
