package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.TestIntakes;
import dev.unknot.knowledge.StopSign;
import dev.unknot.plan.CarePlan;
import dev.unknot.session.SessionTiming;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionPagesTest {
    static final Intake EXAMPLE = new IntakeJson().read(TestIntakes.EXAMPLE_JSON);
    static final String A = WizardState.encode(EXAMPLE);
    static final CarePlan PLAN =
            new dev.unknot.assessment.Assessor(WebClient.KNOWLEDGE)
                    .assess(EXAMPLE)
                    .plan()
                    .orElseThrow();

    private WebClient web;

    @BeforeEach
    void start() {
        web = new WebClient();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /** The session form as filled in: every stop sign no, every step done. */
    static Map<String, String> filledIn() {
        Map<String, String> form = new HashMap<>();
        form.put("a", A);
        for (StopSign sign : PLAN.stopSigns()) {
            form.put("stopSigns." + sign.id(), "no");
        }
        form.put("painBefore", "6");
        form.put("painAfter", "4");
        for (int i = 0; i < PLAN.steps().size(); i++) {
            form.put("step-" + i, "done");
        }
        return form;
    }

    @Test
    void theStopSignsComeBeforeAnyStep() {
        String page = web.get("/session?a=" + A).body();

        assertThat(page.indexOf("id=\"stop-signs\""))
                .isPositive()
                .isLessThan(page.indexOf("id=\"steps\""));
        assertThat(page)
                .contains(PLAN.stopSigns().get(0).text(), "/static/session.js", "not a diagnosis");
    }

    @Test
    void theScheduleIsTheTerminalSessionsTiming() {
        String page = web.get("/session?a=" + A + "&speed=60").body();
        int first =
                new SessionTiming(WebClient.KNOWLEDGE.care().settings().secondsPerRep())
                        .steps(PLAN)
                        .get(0)
                        .units()
                        .get(0)
                        .seconds();

        assertThat(page).contains("data-speed=\"60\"", "&#34;seconds&#34;:" + first);
        assertThat(web.getHtml("/session?a=" + A + "&speed=5000").statusCode()).isEqualTo(400);
    }

    @Test
    void anEmergencyHasNoSessionOnlyItsResult() {
        String emergency =
                WizardState.encode(
                        EXAMPLE.toBuilder()
                                .put(dev.unknot.intake.Question.BLADDER_BOWEL_CHANGE, true)
                                .build());

        HttpResponse<String> page = web.get("/session?a=" + emergency);
        String result = web.get("/result?a=" + emergency).body();

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/result"));
        assertThat(result).doesNotContain("start-guided-session");
        assertThat(web.get("/result?a=" + A).body()).contains("id=\"start-guided-session\"");
    }

    @Test
    void aYesToAStopSignStopsAndSavesNothing() {
        web.signUp("stopper");
        Map<String, String> form = filledIn();
        form.put("stopSigns." + PLAN.stopSigns().get(0).id(), "yes");

        HttpResponse<String> page = web.postForm("/session", form);

        assertThat(page.body())
                .contains("Do not start the session", "role=\"alert\"", "/result?a=");
        assertThat(web.get("/api/sessions").body()).isEqualTo("{\"sessions\":[]}");
    }

    @Test
    void anOpenStopSignIsAnErrorNamingIt() {
        Map<String, String> form = filledIn();
        form.remove("stopSigns." + PLAN.stopSigns().get(0).id());

        HttpResponse<String> page = web.postForm("/session", form);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("stopSigns." + PLAN.stopSigns().get(0).id(), "cannot be left open");
    }

    @Test
    void aSignedInSessionIsSavedWithItsDiaryEntry() {
        web.signUp("runner");

        HttpResponse<String> saved = web.postForm("/session", filledIn());

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/diary?logged="));
        assertThat(web.get("/api/sessions").body())
                .contains("\"painBefore\":6", "\"painAfter\":4", "\"finished\":true");
        assertThat(web.get("/api/diary").body())
                .contains("\"activities\":[\"session\"]", "guided session");
    }

    @Test
    void anAnonymousSessionIsShownAndNotKept() {
        HttpResponse<String> page = web.postForm("/session", filledIn());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Session finished", "Nothing was kept");
    }

    @Test
    void theSessionsApiSavesNeedsTheTokenAndKeepsSessionsPrivate() {
        web.signUp("apiuser");
        String body =
                "{\"stopSignsAllNo\":true,\"painBefore\":5,\"painAfter\":3,"
                        + "\"steps\":[{\"id\":\"qa\",\"name\":\"Hold\",\"outcome\":\"done\",\"seconds\":30}]}";

        HttpResponse<String> forged = web.postJson("/api/sessions", body);
        HttpResponse<String> saved = web.sendJson("POST", "/api/sessions", body);
        String id = saved.body().replaceAll(".*\"sessionId\":(\\d+).*", "$1");
        WebClient other = web.other().signUp("otheruser");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(saved.statusCode()).isEqualTo(201);
        assertThat(web.get("/api/sessions/" + id).body())
                .contains("\"painAfter\":3", "\"outcome\":\"done\"");
        assertThat(other.get("/api/sessions/" + id).statusCode()).isEqualTo(404);
        assertThat(other.get("/api/sessions").body()).isEqualTo("{\"sessions\":[]}");
        assertThat(web.other().postJson("/api/sessions", body).statusCode()).isEqualTo(401);
    }

    @Test
    void badSessionFieldsAreProblemsNamingTheField() {
        web.signUp("sloppy");

        assertThat(
                        web.sendJson(
                                        "POST",
                                        "/api/sessions",
                                        "{\"stopSignsAllNo\":false,\"painBefore\":5,\"steps\":[]}")
                                .body())
                .contains("\"field\":\"stopSignsAllNo\"");
        assertThat(
                        web.sendJson(
                                        "POST",
                                        "/api/sessions",
                                        "{\"stopSignsAllNo\":true,\"painBefore\":5,"
                                                + "\"steps\":[{\"id\":\"x\",\"name\":\"y\",\"outcome\":\"maybe\",\"seconds\":3}]}")
                                .body())
                .contains("\"field\":\"steps[0].outcome\"");
        assertThat(
                        web.sendJson(
                                        "POST",
                                        "/api/sessions",
                                        "{\"stopSignsAllNo\":true,\"painBefore\":12,"
                                                + "\"steps\":[{\"id\":\"x\",\"name\":\"y\",\"outcome\":\"done\",\"seconds\":3}]}")
                                .body())
                .contains("\"field\":\"painBefore\"");
    }

    @Test
    void theSessionScriptIsServedAsJavaScript() {
        HttpResponse<String> script = web.get("/static/session.js");

        assertThat(script.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(script.body()).contains("AudioContext", "data-schedule");
    }

    @Test
    void anEmergencyAnsweredInTheDiaryRulesOutASessionOnThePageAndOverTheApi() {
        web.signUp("flagged");
        String diary = "{\"pain\":4,\"flags\":{\"chestPain\":true}}";
        assertThat(web.sendJson("POST", "/api/diary", diary).statusCode()).isEqualTo(201);

        HttpResponse<String> page = web.get("/session?a=" + A);
        HttpResponse<String> form = web.postForm("/session", filledIn());
        HttpResponse<String> api =
                web.sendJson(
                        "POST",
                        "/api/sessions",
                        "{\"stopSignsAllNo\":true,\"painBefore\":5,"
                                + "\"steps\":[{\"id\":\"heat-before\",\"name\":\"Heat\",\"outcome\":\"done\",\"seconds\":900}]}");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/result"));
        assertThat(form.statusCode()).isEqualTo(303);
        assertThat(form.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("/result"));
        assertThat(api.statusCode()).isEqualTo(409);
        assertThat(api.body()).contains("session-not-allowed", "EMERGENCY");
        assertThat(web.get("/api/sessions").body()).isEqualTo("{\"sessions\":[]}");
    }

    @Test
    void overTheApiAYesWinsOverASignLeftOpen() {
        web.signUp("yeswins");

        HttpResponse<String> api =
                web.sendJson(
                        "POST",
                        "/api/sessions",
                        "{\"stopSigns\":{\"fever\":true,\"severe-pain\":null},\"painBefore\":5}");

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"saved\":false", "fever");
    }

    @Test
    void everyDrawnStepShowsItsPictureInTheListAndTheRunnerSchedule() {
        String page = web.get("/session?a=" + A).body();

        assertThat(page).contains("id=\"step-picture\"");
        PLAN.steps().stream()
                .flatMap(step -> step.picture().stream())
                .forEach(
                        picture ->
                                assertThat(page)
                                        .contains(
                                                "src=\"/static/exercises/" + picture.file() + "\"",
                                                "alt=\"" + picture.alt() + "\"",
                                                "&#34;src&#34;:&#34;/static/exercises/"
                                                        + picture.file()));
        assertThat(PLAN.steps().stream().filter(step -> step.picture().isPresent())).isNotEmpty();
    }
}
