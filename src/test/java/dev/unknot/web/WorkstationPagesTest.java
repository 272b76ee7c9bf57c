package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Cause;
import dev.unknot.intake.Question;
import dev.unknot.intake.TestIntakes;
import dev.unknot.workstation.Checklist;
import dev.unknot.workstation.Item;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WorkstationPagesTest {
    private static final Pattern RADIO =
            Pattern.compile("type=\"radio\" id=\"[^\"]+\" name=\"([a-z-]+)\" value=\"([a-z-]+)\"");
    private WebClient web;

    @BeforeEach
    void start() {
        web = new WebClient().signUp("sitter");
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /** Every item of the form answered with its first (best) answer. */
    private Map<String, String> allGood() {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher radio = RADIO.matcher(web.get("/workstation").body());
        while (radio.find()) {
            form.putIfAbsent(radio.group(1), radio.group(2));
        }
        return form;
    }

    /** Every item answered with its first answer but the screen height, as API JSON. */
    private static String allGoodJson() {
        StringBuilder json = new StringBuilder("{\"answers\":{");
        for (Item item : Checklist.load(WebClient.KNOWLEDGE).items()) {
            String key = item.id().equals("screen-height") ? "no" : item.choices().get(0).key();
            json.append(json.length() > 12 ? "," : "")
                    .append('"')
                    .append(item.id())
                    .append("\":\"")
                    .append(key)
                    .append('"');
        }
        return json.append("}}").toString();
    }

    @Test
    void theFormAsksEveryItemInItsGroupsWithNotSureAndTheNote() {
        String page = web.get("/workstation").body();

        assertThat(allGood()).hasSize(14);
        assertThat(page)
                .contains(
                        "Chair and lower-back support",
                        "Lighting and glare",
                        "value=\"not-sure\"",
                        "name=\"csrf\"",
                        "not a diagnosis");
    }

    @Test
    void aCheckSentWithTheFormShowsTheScoreTheChangesWithSourcesAndTheComparison() {
        Map<String, String> form = allGood();
        form.put("screen-height", "no");
        form.put("glare", "not-sure");

        HttpResponse<String> posted = web.postForm("/workstation", form);

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location")).contains("/workstation/result");
        String result = web.get("/workstation/result").body();
        // 25 - 3 (screen height) - 1 (glare, not sure) = 21 of 25 = 84 %
        assertThat(result)
                .contains("84% &ndash; mostly well set up", "21 of 25 points")
                .contains("id=\"workstation-fixes\"", "Raise the screen")
                .contains("data-source=\"osha-etool\"", "OSHA: Computer Workstations eTool")
                .contains("id=\"workstation-checks\"", "Is the screen free of glare")
                .contains("not a diagnosis")
                .doesNotContain("id=\"workstation-since\"");

        web.postForm("/workstation", allGood());
        assertThat(web.get("/workstation/result").body())
                .contains("100% &ndash; well set up", "id=\"workstation-since\"")
                .contains("screen height: fixed since your check on");
    }

    @Test
    void aQuestionLeftUnansweredComesBackWithTheAnswersKept() {
        Map<String, String> form = allGood();
        form.remove("lighting");
        form.put("glare", "no");

        HttpResponse<String> page = web.postForm("/workstation", form);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("id=\"form-error\"", "has no answer yet")
                .contains("value=\"no\" checked");
        assertThat(web.get("/api/workstation").body()).isEqualTo("{\"checks\":[]}");
    }

    @Test
    void theApiScoresStoresAndListsChecksAndNamesTheFieldOfABadAnswer() {
        HttpResponse<String> created = web.sendJson("POST", "/api/workstation", allGoodJson());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body())
                .contains("\"score\":88", "\"item\":\"screen-height\"", "\"need\":\"fix\"")
                .contains("\"id\":\"osha-etool\"");
        assertThat(web.get("/api/workstation").body())
                .contains("\"checks\":[{", "\"latest\":{", "\"screen-height\":\"no\"");

        HttpResponse<String> bad =
                web.sendJson(
                        "POST",
                        "/api/workstation",
                        allGoodJson().replace("\"glare\":\"yes\"", "\"glare\":\"sometimes\""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"answers.glare\"");
        assertThat(web.other().signUp("someoneelse").get("/api/workstation").body())
                .isEqualTo("{\"checks\":[]}");
    }

    @Test
    void thePlansPreventionHabitsPointAtWhatTheLatestCheckFound() {
        String a =
                WizardState.encode(
                        TestIntakes.allNo()
                                .put(Question.CAUSES, Set.of(Cause.PROLONGED_SITTING))
                                .build());
        assertThat(web.get("/result?a=" + a).body())
                .contains("At the desk: feet flat on the floor")
                .doesNotContain("Your workstation check");

        Map<String, String> form = allGood();
        form.put("screen-height", "no");
        form.put("screen-breaks", "rarely");
        web.postForm("/workstation", form);

        String result = web.get("/result?a=" + a).body();
        assertThat(result)
                .contains(
                        "data-item=\"screen-height\"><a href=\"/workstation/result\">Your workstation check: Raise the screen")
                .contains(
                        "data-item=\"screen-breaks\"><a href=\"/workstation/result\">Your workstation check: Stand up and move");
        assertThat(result.indexOf("Raise the screen"))
                .isGreaterThan(result.indexOf("At the desk: feet flat on the floor"));
        assertThat(web.other().get("/result?a=" + a).body())
                .doesNotContain("Your workstation check");
    }

    @Test
    void signedOutTheCheckAsksToSignIn() {
        assertThat(web.other().getHtml("/workstation").headers().firstValue("Location"))
                .contains("/login?next=%2Fworkstation");
    }
}
