package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MeasuresPagesTest {
    private static final Pattern RADIO = Pattern.compile("name=\"(item-\\d+)\" value=\"(\\d+)\"");
    private WebClient web;

    @BeforeEach
    void start() {
        web = new WebClient().signUp("measurer");
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /** Every item of the form answered with its highest-scoring (or lowest) choice. */
    private Map<String, String> answers(String instrument, boolean highest) {
        Map<String, String> form = new HashMap<>();
        Matcher radio = RADIO.matcher(web.get("/measures/" + instrument).body());
        while (radio.find()) {
            form.merge(
                    radio.group(1),
                    radio.group(2),
                    (a, b) ->
                            highest
                                    ? String.valueOf(
                                            Math.max(Integer.parseInt(a), Integer.parseInt(b)))
                                    : String.valueOf(
                                            Math.min(Integer.parseInt(a), Integer.parseInt(b))));
        }
        return form;
    }

    @Test
    void theMeasuresPageListsTheQuestionnairesWithTheirSources() {
        String page = web.get("/measures").body();

        assertThat(page)
                .contains(
                        "id=\"take-odi\"",
                        "id=\"take-rmdq\"",
                        "id=\"take-startback\"",
                        "Source:",
                        "not a diagnosis");
    }

    @Test
    void anOdiTakenWithTheFormIsScoredAndShownOverTime() {
        HttpResponse<String> posted = web.postForm("/measures/odi", answers("odi", false));

        assertThat(posted.statusCode()).isEqualTo(303);
        String page =
                web.get(
                                posted.headers()
                                        .firstValue("Location")
                                        .orElseThrow()
                                        .replaceFirst("#.*", ""))
                        .body();
        assertThat(page).contains("id=\"taken\"", "id=\"results-odi\"", "0%");
        assertThat(web.get("/api/measures").body())
                .contains("\"instrument\":\"odi\"", "\"score\":\"0%\"");
    }

    @Test
    void aHighRiskStartBackShowsTheEscalation() {
        HttpResponse<String> page = web.postForm("/measures/startback", answers("startback", true));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"measure-escalation\"", "M1");
    }

    @Test
    void tooManyMissingItemsIsAnErrorAndNothingIsStored() {
        Map<String, String> form = answers("odi", false);
        form.remove("item-1");
        form.remove("item-2");
        form.remove("item-3");

        HttpResponse<String> page = web.postForm("/measures/odi", form);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("cannot be scored");
        assertThat(web.get("/api/measures").body()).isEqualTo("{\"results\":[]}");
    }

    @Test
    void theMeasuresApiScoresAndKeepsResultsPrivate() {
        HttpResponse<String> created =
                web.sendJson(
                        "POST", "/api/measures/rmdq", "{\"answers\":[" + "1,".repeat(23) + "0]}");
        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        WebClient other = web.other().signUp("someoneelse");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"score\":\"23");
        assertThat(web.get("/api/measures/results/" + id).statusCode()).isEqualTo(200);
        assertThat(other.get("/api/measures/results/" + id).statusCode()).isEqualTo(404);
        assertThat(other.get("/api/measures").body()).isEqualTo("{\"results\":[]}");
        assertThat(web.sendJson("POST", "/api/measures/rmdq", "{\"answers\":[7]}").body())
                .contains("\"field\":\"answers\"");
        assertThat(web.sendJson("POST", "/api/measures/nosuch", "{\"answers\":[]}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void signedOutTheQuestionnairesAskToSignIn() {
        assertThat(web.other().getHtml("/measures").headers().firstValue("Location"))
                .contains("/login?next=%2Fmeasures");
        assertThat(web.other().get("/api/measures").statusCode()).isEqualTo(401);
    }
}
