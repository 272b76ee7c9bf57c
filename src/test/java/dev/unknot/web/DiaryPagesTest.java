package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakOutcome;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiaryPagesTest {
    private WebClient web;

    @BeforeEach
    void start() {
        web = new WebClient().signUp("diarist");
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private String follow(HttpResponse<String> posted) {
        assertThat(posted.statusCode()).isEqualTo(303);
        return web.get(
                        posted.headers()
                                .firstValue("Location")
                                .orElseThrow()
                                .replaceFirst("#.*", ""))
                .body();
    }

    @Test
    void signedOutTheDiaryAsksToSignIn() {
        HttpResponse<String> page = web.other().getHtml("/diary");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/login?next=%2Fdiary");
    }

    @Test
    void anEntryLoggedWithTheFormShowsInTheTableAndTheChartData() {
        String page =
                follow(
                        web.postForm(
                                "/diary",
                                Map.of(
                                        "pain",
                                        "6",
                                        "activities",
                                        "massage",
                                        "note",
                                        "after work")));

        assertThat(page)
                .contains(
                        "role=\"status\"",
                        "Saved.",
                        "<td>6/10",
                        "massage",
                        "after work",
                        "id=\"diary-chart\"",
                        "&#34;pain&#34;:6",
                        "/static/vendor/chart.umd.min.js",
                        "not a diagnosis");
    }

    private LocalDate today() {
        return LocalDate.now(web.app().clock());
    }

    /**
     * Records a break of {@code outcome} for the signed-in person at {@code time} on {@code day}.
     */
    private void breakOn(LocalDate day, String time, BreakOutcome outcome) {
        Clock clock = web.app().clock();
        web.app()
                .breaks(Optional.empty())
                .record(
                        web.profile(),
                        new BreakEvent(
                                day.atTime(LocalTime.parse(time))
                                        .atZone(clock.getZone())
                                        .toInstant(),
                                outcome,
                                outcome.moved() ? 120 : 0,
                                List.of()));
    }

    private static String chartBreaks(LocalDate day, int moved) {
        return "{&#34;date&#34;:&#34;" + day + "&#34;,&#34;moved&#34;:" + moved + "}";
    }

    @Test
    void movementBreaksTakenOrAwayShowPerDayInTheChartDataAndTheTableBesideThePain() {
        LocalDate twoDaysAgo = today().minusDays(2);
        web.postForm("/diary", Map.of("pain", "6", "date", twoDaysAgo.toString()));
        breakOn(twoDaysAgo, "09:30", BreakOutcome.TAKEN);
        breakOn(twoDaysAgo, "11:00", BreakOutcome.NATURAL);
        breakOn(twoDaysAgo, "14:00", BreakOutcome.TAKEN);
        breakOn(twoDaysAgo, "15:00", BreakOutcome.SKIPPED);
        breakOn(twoDaysAgo, "16:00", BreakOutcome.POSTPONED);

        String page = web.get("/diary").body();

        assertThat(page)
                .contains(
                        chartBreaks(twoDaysAgo, 3),
                        chartBreaks(today(), 0),
                        chartBreaks(today().minusDays(DiaryPages.DAYS - 1), 0),
                        "Movement breaks that day",
                        "Diary entries and movement breaks, newest first",
                        "your pain and your movement breaks")
                .containsPattern(
                        "<td>"
                                + twoDaysAgo
                                + "</td>\\s*<td>6/10</td>\\s*<td class=\"breaks-count\">3</td>");
    }

    @Test
    void aDayWithBreaksButNoDiaryEntryStillShowsInTheChartDataAndTheTable() {
        LocalDate yesterday = today().minusDays(1);
        web.postForm("/diary", Map.of("pain", "5", "date", today().minusDays(3).toString()));
        breakOn(yesterday, "10:00", BreakOutcome.NATURAL);
        breakOn(yesterday, "12:00", BreakOutcome.TAKEN);

        String page = web.get("/diary").body();

        assertThat(page)
                .contains(chartBreaks(yesterday, 2))
                .containsPattern(
                        "<tr class=\"breaks-only\">\\s*<td>"
                                + yesterday
                                + "</td>\\s*<td>no entry</td>\\s*<td class=\"breaks-count\">2</td>")
                .containsPattern(
                        "(?s)<td>"
                                + yesterday
                                + "</td>.*<td>"
                                + today().minusDays(3)
                                + "</td>\\s*<td>5/10</td>\\s*<td class=\"breaks-count\">0</td>");
    }

    @Test
    void breaksAloneWithoutAnyEntryStillShowInTheTable() {
        breakOn(today(), "08:00", BreakOutcome.TAKEN);

        String page = web.get("/diary").body();

        assertThat(page)
                .contains("id=\"entries\"", "<td>no entry</td>", chartBreaks(today(), 1))
                .doesNotContain("No entries in the last 28 days.");
    }

    @Test
    void withoutMovementBreaksOnlyThePainShowsAndThePageLinksToTheBreaks() {
        web.postForm("/diary", Map.of("pain", "4"));
        breakOn(today(), "09:00", BreakOutcome.SKIPPED);
        breakOn(today().minusDays(DiaryPages.DAYS + 3), "09:00", BreakOutcome.TAKEN);

        String page = web.get("/diary").body();

        assertThat(page)
                .contains(
                        "&#34;breaks&#34;:[]",
                        "Diary entries, newest first",
                        "<a href=\"/breaks\">",
                        "Movement breaks:")
                .doesNotContain("Movement breaks that day", "breaks-count", "no entry");
    }

    @Test
    void anotherPersonsBreaksDoNotShowOnTheDiary() {
        WebClient bob = web.other().signUp("bob");
        bob.get("/diary");
        web.app()
                .breaks(Optional.empty())
                .record(
                        bob.profile(),
                        new BreakEvent(
                                today().atTime(9, 0)
                                        .atZone(web.app().clock().getZone())
                                        .toInstant(),
                                BreakOutcome.TAKEN,
                                120,
                                List.of()));

        assertThat(bob.get("/diary").body()).contains(chartBreaks(today(), 1));
        assertThat(web.get("/diary").body())
                .contains("&#34;breaks&#34;:[]")
                .doesNotContain("breaks-count");
    }

    @Test
    void fourteenDaysWithoutImprovementShowsTheEscalationWithItsSources() {
        LocalDate today = LocalDate.now();
        for (int day = 15; day >= 0; day--) {
            web.postForm("/diary", Map.of("pain", "6", "date", today.minusDays(day).toString()));
        }

        String page = web.get("/diary").body();

        assertThat(page)
                .contains(
                        "id=\"escalations\"",
                        "F1",
                        "No improvement after 14 days",
                        "Book a doctor",
                        "Not improving",
                        "href=\"/sources#source-000\"");
    }

    @Test
    void aYesToASafetyQuestionShowsTheNewTriageAtOnce() {
        String page =
                follow(
                        web.postForm(
                                "/diary", Map.of("pain", "7", "flags.bladderBowelChange", "yes")));

        assertThat(page)
                .contains(
                        "banner-emergency",
                        "data-code=\"EMERGENCY\">Emergency<",
                        "role=\"alert\"",
                        "(safety answer)");
    }

    @Test
    void notSureOnASafetyQuestionIsNotStoredAsNo() {
        String page =
                follow(web.postForm("/diary", Map.of("pain", "4", "flags.fever", "not-sure")));

        assertThat(page).contains("never taken as \"no\"");
        assertThat(web.get("/api/diary").body())
                .contains("\"flags\":{}")
                .doesNotContain("\"fever\":false");
    }

    @Test
    void badValuesAreShownOnTheFormNamingTheField() {
        HttpResponse<String> tooMuch = web.postForm("/diary", Map.of("pain", "11"));
        HttpResponse<String> future =
                web.postForm(
                        "/diary",
                        Map.of("pain", "3", "date", LocalDate.now().plusDays(2).toString()));
        HttpResponse<String> oddActivity =
                web.postForm("/diary", Map.of("pain", "3", "activities", "yoga"));

        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("role=\"alert\"", "pain", "0 to 10");
        assertThat(future.body()).contains("date", "must not be in the future");
        assertThat(oddActivity.body()).contains("activities", "yoga");
        assertThat(web.get("/api/diary").body()).contains("\"entries\":[]");
    }

    @Test
    void theChartScriptsAreServedAsJavaScript() {
        HttpResponse<String> vendor = web.get("/static/vendor/chart.umd.min.js");
        HttpResponse<String> own = web.get("/static/diary-chart.js");

        assertThat(vendor.statusCode()).isEqualTo(200);
        assertThat(vendor.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(vendor.body()).contains("Chart");
        assertThat(own.body()).contains("data-chart");
        assertThat(web.get("/static/../pom.xml").statusCode()).isEqualTo(404);
        assertThat(web.get("/static/nothing.js").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() {
        HttpResponse<String> forged = web.postFormAsIs("/diary", Map.of("pain", "5"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(web.get("/api/diary").body()).contains("\"entries\":[]");
    }

    private String onlyEntryId() {
        return web.get("/api/diary")
                .body()
                .replaceAll("(?s).*\"entries\":\\[\\{\"id\":(\\d+).*", "$1");
    }

    @Test
    void everyEntryHasAnEditAndADeleteButton() {
        web.postForm("/diary", Map.of("pain", "6"));
        String id = onlyEntryId();

        assertThat(web.get("/diary").body())
                .contains(
                        "href=\"/diary/" + id + "/edit\"",
                        "href=\"/diary/" + id + "/delete\"",
                        ">Edit</a>",
                        ">Delete</a>");
    }

    @Test
    void theEditFormIsPrefilledAndSavingChangesTheEntry() {
        web.postFields(
                "/diary",
                java.util.List.of(
                        Map.entry("pain", "6"),
                        Map.entry("activities", "heat"),
                        Map.entry("note", "stiff")));
        String id = onlyEntryId();

        String form = web.get("/diary/" + id + "/edit").body();
        String page =
                follow(
                        web.postFields(
                                "/diary/" + id + "/edit",
                                java.util.List.of(
                                        Map.entry("pain", "3"),
                                        Map.entry("activities", "walk"),
                                        Map.entry("note", "better"),
                                        Map.entry("date", LocalDate.now().toString()))));

        assertThat(form)
                .contains(
                        "value=\"6\"",
                        "value=\"heat\" checked",
                        ">stiff</textarea>",
                        "name=\"csrf\"");
        assertThat(page).contains("Entry changed.", "<td>3/10", "walk", "better");
        assertThat(web.get("/api/diary/" + id).body()).contains("\"pain\":3", "\"changedAt\"");
    }

    @Test
    void aBadEditShowsTheFormAgainNamingTheFieldAndChangesNothing() {
        web.postForm("/diary", Map.of("pain", "6"));
        String id = onlyEntryId();

        HttpResponse<String> tooMuch =
                web.postForm("/diary/" + id + "/edit", Map.of("pain", "11", "note", "typo"));

        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body())
                .contains("id=\"form-error\"", "pain", "value=\"11\"", ">typo</textarea>")
                .doesNotContain("Exception");
        assertThat(web.get("/api/diary/" + id).body()).contains("\"pain\":6");
    }

    @Test
    void deleteAsksFirstThenDeletes() {
        web.postForm("/diary", Map.of("pain", "6", "note", "to go"));
        String id = onlyEntryId();

        String question = web.get("/diary/" + id + "/delete").body();
        String page = follow(web.postForm("/diary/" + id + "/delete", Map.of()));

        assertThat(question)
                .contains("Delete this diary entry?", "to go", "Yes, delete it", "No, keep it");
        assertThat(page).contains("Entry deleted.").doesNotContain("to go");
        assertThat(web.get("/api/diary/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherPersonsEntryCannotBeEditedOrDeletedFromThePages() {
        web.postForm("/diary", Map.of("pain", "6"));
        String id = onlyEntryId();
        WebClient bob = web.other().signUp("bob");

        assertThat(bob.get("/diary/" + id + "/edit").statusCode()).isEqualTo(404);
        assertThat(bob.postForm("/diary/" + id + "/edit", Map.of("pain", "1")).statusCode())
                .isEqualTo(404);
        assertThat(bob.postForm("/diary/" + id + "/delete", Map.of()).statusCode()).isEqualTo(404);
        assertThat(web.get("/api/diary/" + id).body()).contains("\"pain\":6");
    }

    @Test
    void aDeleteWithoutItsTokenChangesNothing() {
        web.postForm("/diary", Map.of("pain", "6"));
        String id = onlyEntryId();

        assertThat(web.postFormAsIs("/diary/" + id + "/delete", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(web.get("/api/diary/" + id).statusCode()).isEqualTo(200);
    }
}
