package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Individual plans over HTTP: the clinician's routes open the person through the care team (404 for
 * a person who does not share), a refused version is a 422 naming every field, the person's session
 * of the plan, and a red flag first on the plan page.
 */
class PlanApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BRIDGE =
            "{\"exerciseId\":\"glute-bridge\",\"sets\":2,\"reps\":10,\"restSeconds\":30,"
                    + "\"days\":[\"monday\",\"thursday\"],\"side\":\"both\"}";

    private final WebClient clinician = new WebClient();
    private final WebClient person = clinician.other();

    PlanApiTest() {
        clinician.clinicianOf("Back Clinic", "drlee", "Dr Lee");
        person.signUp("ann");
    }

    @AfterEach
    void close() {
        clinician.close();
    }

    private void share() throws Exception {
        assertThat(clinician.sharedWithMeBy(person).statusCode()).isLessThan(300);
    }

    private long id() {
        return clinician.app().plans(Optional.empty()).personId("web-ann").orElseThrow();
    }

    @Test
    void aPersonWhoDoesNotShareIsNotFoundOnEveryPlanRoute() throws Exception {
        share();
        long ann = id();
        person.sendJson("DELETE", "/api/care/clinicians/" + clinicianId(), "");

        assertThat(clinician.get("/api/clinician/people/" + ann + "/plan").statusCode())
                .isEqualTo(404);
        assertThat(clinician.getHtml("/clinician/people/" + ann + "/plan").statusCode())
                .isEqualTo(404);
        assertThat(
                        clinician
                                .sendJson(
                                        "POST",
                                        "/api/clinician/people/" + ann + "/plan",
                                        "{\"reason\":\"x\",\"items\":[" + BRIDGE + "]}")
                                .statusCode())
                .isEqualTo(404);
        assertThat(person.get("/api/clinician/people/" + ann + "/plan").statusCode())
                .isEqualTo(403);
    }

    private long clinicianId() throws Exception {
        return JSON.readTree(person.get("/api/care").body())
                .path("clinicians")
                .path(0)
                .path("clinicianId")
                .asLong();
    }

    @Test
    void aRefusedVersionNamesEveryFieldAndAGoodOneIsThePersonsPlan() throws Exception {
        share();
        long ann = id();

        HttpResponse<String> refused =
                clinician.sendJson(
                        "POST",
                        "/api/clinician/people/" + ann + "/plan",
                        "{\"reason\":\"\",\"items\":[{\"exerciseId\":\"nope\"},"
                                + "{\"exerciseId\":\"bird-dog\",\"sets\":0,\"reps\":8,\"days\":[\"monday\"]}]}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("errors").findValuesAsText("field"))
                .containsExactly("reason", "items[0].exerciseId", "items[1].sets");

        HttpResponse<String> saved =
                clinician.sendJson(
                        "POST",
                        "/api/clinician/people/" + ann + "/plan",
                        "{\"reason\":\"Strength\",\"note\":\"Slowly\",\"items\":[" + BRIDGE + "]}");
        assertThat(saved.statusCode()).isEqualTo(201);
        JsonNode mine = JSON.readTree(person.get("/api/plan").body());
        assertThat(mine.path("version").asInt()).isEqualTo(1);
        assertThat(mine.path("author").path("name").asText()).isEqualTo("Dr Lee");
        assertThat(mine.at("/items/0/doseWords").asText()).startsWith("2 sets of 10 repetitions");
        assertThat(person.getHtml("/plan").body()).contains("Strength", "2 sets of 10 repetitions");
        assertThat(clinician.getHtml("/clinician/people/" + ann).body())
                .contains("Version 1", "Glute bridge");
    }

    @Test
    void theHandoutPrintsTheCurrentVersionForThePersonAndTheirClinicianOnly() throws Exception {
        share();
        long ann = id();
        clinician.sendJson(
                "POST",
                "/api/clinician/people/" + ann + "/plan",
                "{\"reason\":\"Strength\",\"note\":\"Slowly, and breathe out as you lift\","
                        + "\"items\":["
                        + BRIDGE
                        + "]}");

        HttpResponse<byte[]> mine = person.getBytes("/plan.pdf?paper=a4");
        HttpResponse<byte[]> theirs = clinician.getBytes("/clinician/people/" + ann + "/plan.pdf");

        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(theirs.statusCode()).isEqualTo(200);
        for (HttpResponse<byte[]> pdf : List.of(mine, theirs)) {
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text)
                        .contains(
                                "Version 1 by Dr Lee",
                                "Slowly, and breathe out as you lift",
                                "Why this version: Strength",
                                "Glute bridge",
                                "2 sets of 10 repetitions",
                                "Mon, Thu",
                                "Stop",
                                "Page 1 of");
            }
        }
        person.sendJson(
                "POST", "/api/diary", "{\"pain\":6,\"flags\":{\"bladderBowelChange\":true}}");
        HttpResponse<String> refused = person.get("/plan.pdf");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("not printed");
    }

    @Test
    void thePersonSavesASessionOfThePlanWithPainAndEffort() throws Exception {
        share();
        long ann = id();
        clinician.sendJson(
                "POST",
                "/api/clinician/people/" + ann + "/plan",
                "{\"reason\":\"Strength\",\"items\":[" + BRIDGE + "]}");

        HttpResponse<String> missing =
                person.sendJson(
                        "POST",
                        "/api/plan/sessions",
                        "{\"stopSignsAllNo\":true,\"painBefore\":2,\"painDuring\":3,\"painAfter\":2}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).path("field").asText())
                .isEqualTo("efforts.glute-bridge");

        HttpResponse<String> saved =
                person.sendJson(
                        "POST",
                        "/api/plan/sessions",
                        "{\"stopSignsAllNo\":true,\"painBefore\":2,\"painDuring\":3,\"painAfter\":2,"
                                + "\"efforts\":{\"glute-bridge\":\"done\"}}");
        assertThat(saved.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(saved.body()).path("planVersion").asInt()).isEqualTo(1);
    }

    @Test
    void aRedFlagInTheDiaryShowsItsResultInsteadOfThePlanAndTheSession() throws Exception {
        share();
        long ann = id();
        clinician.sendJson(
                "POST",
                "/api/clinician/people/" + ann + "/plan",
                "{\"reason\":\"Strength\",\"items\":[" + BRIDGE + "]}");
        person.sendJson(
                "POST", "/api/diary", "{\"pain\":6,\"flags\":{\"bladderBowelChange\":true}}");

        HttpResponse<String> plan = person.getHtml("/plan");
        HttpResponse<String> session = person.getHtml("/session");

        assertThat(plan.statusCode()).isEqualTo(303);
        assertThat(plan.headers().firstValue("Location").orElse("")).startsWith("/result?a=");
        assertThat(session.statusCode()).isEqualTo(303);
        assertThat(session.headers().firstValue("Location").orElse("")).startsWith("/result?a=");
        HttpResponse<String> api =
                person.sendJson(
                        "POST",
                        "/api/plan/sessions",
                        "{\"stopSignsAllNo\":true,\"painBefore\":2,\"painDuring\":3,\"painAfter\":2,"
                                + "\"efforts\":{\"glute-bridge\":\"done\"}}");
        assertThat(api.statusCode()).isEqualTo(409);
    }

    @Test
    void theEditorFormNamesEachProblemByItsExerciseAndKeepsMassageOutWithoutAnswers()
            throws Exception {
        share();
        long ann = id();
        HttpResponse<String> editor = clinician.getHtml("/clinician/people/" + ann + "/plan");
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.body())
                .contains("Glute bridge", "Start from unknot", "Self-massage is left out");

        HttpResponse<String> refused =
                clinician.postFields(
                        "/clinician/people/" + ann + "/plan",
                        java.util.List.of(
                                java.util.Map.entry("ex-glute-bridge-include", "on"),
                                java.util.Map.entry("ex-glute-bridge-sets", "0"),
                                java.util.Map.entry("ex-glute-bridge-reps", "10"),
                                java.util.Map.entry("ex-glute-bridge-days", "mon"),
                                java.util.Map.entry("ex-glute-bridge-times", "1"),
                                java.util.Map.entry("ex-tennis-ball-include", "on"),
                                java.util.Map.entry("ex-tennis-ball-sets", "1"),
                                java.util.Map.entry("ex-tennis-ball-hold", "60"),
                                java.util.Map.entry("ex-tennis-ball-days", "mon"),
                                java.util.Map.entry("ex-tennis-ball-times", "1"),
                                java.util.Map.entry("reason", "First plan")));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Glute bridge: sets must be from 1 to 10, not 0")
                .contains("is self-massage, which is left out");
        assertThat(clinician.app().plans(Optional.empty()).current(ann)).isEmpty();

        HttpResponse<String> saved =
                clinician.postFields(
                        "/clinician/people/" + ann + "/plan",
                        java.util.List.of(
                                java.util.Map.entry("ex-glute-bridge-include", "on"),
                                java.util.Map.entry("ex-glute-bridge-sets", "2"),
                                java.util.Map.entry("ex-glute-bridge-reps", "10"),
                                java.util.Map.entry("ex-glute-bridge-days", "mon"),
                                java.util.Map.entry("ex-glute-bridge-days", "thu"),
                                java.util.Map.entry("ex-glute-bridge-times", "1"),
                                java.util.Map.entry("reason", "First plan")));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(clinician.app().plans(Optional.empty()).current(ann).orElseThrow().items())
                .singleElement()
                .satisfies(item -> assertThat(item.dose().daysPerWeek()).isEqualTo(2));
    }

    @Test
    void thePlanPagesShowWordsNotCodes() throws Exception {
        share();
        long ann = id();
        clinician.sendJson(
                "POST",
                "/api/clinician/people/" + ann + "/plan",
                "{\"reason\":\"Strength\",\"items\":[" + BRIDGE + "]}");
        person.sendJson(
                "POST",
                "/api/plan/sessions",
                "{\"stopSignsAllNo\":true,\"painBefore\":2,\"painDuring\":3,\"painAfter\":2,"
                        + "\"efforts\":{\"glute-bridge\":\"done\"}}");

        for (String path : java.util.List.of("/plan", "/session")) {
            String page = person.getHtml(path).body();
            assertThat(page).as(path).containsIgnoringCase("not a diagnosis");
            assertThat(dev.unknot.app.InternalCodes.foundInPage(page))
                    .as("internal codes shown on %s", path)
                    .isEmpty();
        }
    }
}
