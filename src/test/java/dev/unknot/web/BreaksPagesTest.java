package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestApps;
import dev.unknot.app.TestClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The breaks page and its JSON, through the real server, on a clock the test moves. */
class BreaksPagesTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T09:00:00Z"));
    private WebClient web;

    @BeforeEach
    void start() {
        web = new WebClient(TestApps.inMemory("breakspages", TestApps.ROOMY, clock), false);
        web.signUp("sitter");
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private HttpResponse<String> post(String action, String body) {
        return web.sendJson("POST", "/api/breaks/" + action, body);
    }

    /** The settings form as a browser sends it, with these choices and the defaults otherwise. */
    private static List<Map.Entry<String, String>> settings(
            String every, String start, String place, String... days) {
        List<Map.Entry<String, String>> form = new java.util.ArrayList<>();
        form.add(Map.entry("enabled", "on"));
        form.add(Map.entry("every", every));
        form.add(Map.entry("long-after", "60"));
        form.add(Map.entry("long-break", "5"));
        form.add(Map.entry("notice", "2"));
        form.add(Map.entry("postpone", "10"));
        form.add(Map.entry("natural-break", "5"));
        form.add(Map.entry("start", start));
        form.add(Map.entry("end", "16:00"));
        for (String day : days) {
            form.add(Map.entry("days", day));
        }
        form.add(Map.entry("place", place));
        return form;
    }

    @Test
    void thePageCarriesTheScheduleFormTheScriptAndTheDisclaimer() {
        String page = web.get("/breaks").body();

        assertThat(page)
                .contains(
                        "id=\"break-live\"",
                        "data-poll=\"20000\"",
                        "/static/breaks.js",
                        "name=\"every\"",
                        "value=\"30\"",
                        "id=\"day-mon\" name=\"days\" value=\"mon\" checked",
                        "Today: 0 taken",
                        "not a diagnosis");
        assertThat(web.get("/breaks?speed=60").body()).contains("data-poll=\"333\"");
        assertThat(web.get("/static/breaks.js").statusCode()).isEqualTo(200);
    }

    @Test
    void theSettingsFormSavesANewScheduleAndTheRemindersFollowIt() {
        HttpResponse<String> saved =
                web.postFields("/breaks/settings", settings("45", "08:30", "home", "mon", "wed"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(web.get("/breaks?saved=1").body())
                .contains(
                        "Saved.",
                        "value=\"45\"",
                        "id=\"day-wed\" name=\"days\" value=\"wed\" checked")
                .doesNotContain("id=\"day-tue\" name=\"days\" value=\"tue\" checked");
        assertThat(post("check", "{\"idleSeconds\":0}").body())
                .contains("\"state\":\"waiting\"", "Next break at 09:45.");
        assertThat(web.get("/api/breaks").body())
                .contains(
                        "\"everyMinutes\":45", "\"days\":[\"mon\",\"wed\"]", "\"place\":\"home\"");
    }

    @Test
    void aSettingOutsideItsRangeIsRefusedNamingTheFieldAndNothingChanges() {
        HttpResponse<String> refused =
                web.postFields("/breaks/settings", settings("5", "09:00", "office", "mon"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "Please check \u201cA short break every\u201d: it must be a whole number from 30 to 60, was '5'. Nothing was changed.",
                        "role=\"alert\"")
                .as("the form comes back as typed")
                .contains("id=\"every\" name=\"every\"", "value=\"5\"", "value=\"16:00\"")
                .contains("id=\"day-mon\" name=\"days\" value=\"mon\" checked")
                .doesNotContain("id=\"day-tue\" name=\"days\" value=\"tue\" checked");
        assertThat(web.get("/api/breaks").body()).contains("\"everyMinutes\":30");
    }

    @Test
    void theApiWalksNoticeDuePostponeStartAndDoneAndRecordsThem() {
        assertThat(post("check", "{\"idleSeconds\":0}").body())
                .contains("\"state\":\"waiting\"", "Next break at 09:30.");
        clock.advance(Duration.ofMinutes(29));
        assertThat(post("check", "{\"idleSeconds\":0}").body())
                .contains("\"state\":\"notice\"", "A short movement break at 09:30.");
        assertThat(post("notice-shown", "{}").body()).contains("\"state\":\"waiting\"");

        clock.advance(Duration.ofMinutes(1));
        assertThat(post("check", "{\"idleSeconds\":0}").body())
                .contains("\"state\":\"due\"", "\"mayPostpone\":true", "\"postponeMinutes\":5");
        assertThat(post("postpone", "{}").body()).contains("Postponed to 09:35.");
        clock.advance(Duration.ofMinutes(5));
        assertThat(post("check", "{\"idleSeconds\":0}").body()).contains("\"mayPostpone\":false");
        HttpResponse<String> again = post("postpone", "{}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("postponed once already");

        String started = post("start", "{}").body();
        assertThat(started)
                .contains("\"state\":\"started\"", "\"exercises\":[{\"id\":", "\"steps\":[");
        clock.advance(Duration.ofSeconds(90));
        assertThat(post("done", "{}").body()).contains("Break done (1 min).", "Today: 1 taken");
        assertThat(post("done", "{}").statusCode()).isEqualTo(409);

        assertThat(web.get("/api/breaks").body())
                .contains("\"taken\":1", "\"postponed\":1", "\"skipped\":0");
    }

    @Test
    void pauseAndResumeAndSkipAnswerInWords() {
        assertThat(post("pause", "{\"minutes\":60}").body())
                .contains("\"state\":\"paused\"", "Paused until 10:00.");
        assertThat(post("resume", "{}").body()).contains("\"state\":\"waiting\"");
        assertThat(post("pause", "{\"untilTomorrow\":true}").body())
                .contains("Paused until Tuesday 09:00.");
        HttpResponse<String> skip = post("skip", "{}");
        assertThat(skip.statusCode()).isEqualTo(409);
        assertThat(skip.body()).contains("no break due or announced");
    }

    @Test
    void badRequestsAreRefusedWithAProblemNamingTheField() {
        HttpResponse<String> negative = post("check", "{\"idleSeconds\":-1}");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("\"field\":\"idleSeconds\"");
        HttpResponse<String> unknown = post("check", "{\"idle\":5}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        HttpResponse<String> both = post("pause", "{\"minutes\":60,\"untilTomorrow\":true}");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("\"field\":\"minutes\"");
        assertThat(post("pause", "{\"minutes\":5}").body()).contains("from 15 to 480");
        assertThat(web.post("/api/breaks/check", "text/plain", "x").statusCode()).isIn(403, 415);
    }

    @Test
    void theBreaksNeedASignInAndAnAntiForgeryToken() {
        WebClient stranger = web.other();
        assertThat(stranger.postJson("/api/breaks/check", "{\"idleSeconds\":0}").statusCode())
                .isEqualTo(401);
        assertThat(stranger.get("/breaks").statusCode()).isIn(302, 303, 401);
        HttpResponse<String> forged = web.postJson("/api/breaks/check", "{\"idleSeconds\":0}");
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void theSettingsCanBeChangedAsJsonAFieldLeftOutKeepsItsValue() {
        HttpResponse<String> saved =
                web.sendJson(
                        "PUT",
                        "/api/breaks/settings",
                        "{\"everyMinutes\":40,\"days\":[\"mon\",\"tue\"],\"place\":\"home\"}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body())
                .contains(
                        "\"everyMinutes\":40",
                        "\"noticeMinutes\":1",
                        "\"days\":[\"mon\",\"tue\"]",
                        "\"place\":\"home\"");
        assertThat(post("check", "{\"idleSeconds\":0}").body()).contains("Next break at 09:40.");

        HttpResponse<String> tooLong =
                web.sendJson("PUT", "/api/breaks/settings", "{\"everyMinutes\":90}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"everyMinutes\"", "from 30 to 60");
        HttpResponse<String> badDay =
                web.sendJson("PUT", "/api/breaks/settings", "{\"days\":[\"someday\"]}");
        assertThat(badDay.body()).contains("\"field\":\"days\"");
        assertThat(web.sendJson("PUT", "/api/breaks/settings", "{\"every\":40}").statusCode())
                .isEqualTo(400);
        assertThat(web.get("/api/breaks").body()).contains("\"everyMinutes\":40");
    }

    @Test
    void whileTheLatestAnswersAreAnEmergencyABreakOffersOnlyTheAdviceToGetHelp() {
        web.save(
                web.profile(),
                dev.unknot.intake.TestIntakes.allNo()
                        .put(dev.unknot.intake.Question.BLADDER_BOWEL_CHANGE, true)
                        .build());

        String started = post("start", "{}").body();

        assertThat(started)
                .contains("\"state\":\"started\"", "\"getHelp\":true", "\"exercises\":[]")
                .contains("No exercises for now: stand up and move about gently if you can.");
        assertThat(post("done", "{}").body()).contains("Today: 1 taken");
    }
}
