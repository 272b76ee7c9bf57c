package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AssessmentApiTest {
    private static WebClient web;

    @BeforeAll
    static void start() {
        web = new WebClient();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static String example() throws IOException {
        return Files.readString(Path.of("examples/intake.json"));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains(
                        "\"status\":" + status,
                        "\"type\":\"/problems/",
                        "\"title\":",
                        "\"detail\":",
                        "\"field\":\"" + field + "\"")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void exampleIntakeIsSelfCareWithAPlan() throws IOException {
        HttpResponse<String> response = web.postJson("/api/assessments", example());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body())
                .contains("\"disposition\":\"SELF_CARE\"", "\"plan\":", "\"muscles\":");
    }

    @Test
    void bladderTroubleIsAnEmergencyWithItsRule() {
        HttpResponse<String> response =
                web.postJson("/api/assessments", "{\"flags\": {\"bladderBowelChange\": true}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"disposition\":\"EMERGENCY\"", "\"rule\":\"R")
                .doesNotContain("\"plan\":");
    }

    @Test
    void freeTextAnswersWithWhatWasUnderstoodAndWhatStayedOpen() throws IOException {
        HttpResponse<String> response =
                web.postJson(
                        "/api/assessments/text",
                        "{\"text\": \"tight knot above my left hip for three days, bladder fine, not sure about numbness near the knot\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = new ObjectMapper().readTree(response.body());
        assertThat(json.path("disposition").asText()).isEqualTo("INCOMPLETE");
        JsonNode understood = json.path("understood");
        assertThat(understood.at("/intake/flags/bladderBowelChange").isBoolean()).isTrue();
        JsonNode bladder = understood.at("/answers/0");
        assertThat(bladder.path("field").asText()).isEqualTo("flags.bladderBowelChange");
        assertThat(bladder.path("value").asBoolean(true)).isFalse();
        assertThat(bladder.path("said").asText())
                .isEqualTo("no trouble with your bladder or bowels");
        assertThat(bladder.path("words").asText()).isEqualTo("bladder fine");
        assertThat(understood.path("open").toString())
                .contains("\"field\":\"flags.localNumbness\"", "not sure about numbness");
        assertThat(json.has("evidence")).isFalse();
    }

    @Test
    void theUnderstoodAnswersPostedBackGiveTheSameAssessment() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode fromText =
                mapper.readTree(
                        web.postJson(
                                        "/api/assessments/text",
                                        "{\"text\": \"knot above my right hip for 3 days, no fever\"}")
                                .body());

        JsonNode again =
                mapper.readTree(
                        web.postJson(
                                        "/api/assessments",
                                        fromText.at("/understood/intake").toString())
                                .body());

        assertThat(again.path("disposition")).isEqualTo(fromText.path("disposition"));
        assertThat(again.path("ask")).isEqualTo(fromText.path("ask"));
    }

    @Test
    void answersNotMeantAreTakenBackBeforeTriageAndAskedFirst() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        String text = "I wet myself this morning";
        JsonNode read =
                mapper.readTree(
                        web.postJson("/api/assessments/text", "{\"text\": \"" + text + "\"}")
                                .body());

        JsonNode corrected =
                mapper.readTree(
                        web.postJson(
                                        "/api/assessments/text",
                                        "{\"text\": \""
                                                + text
                                                + "\", \"notMeant\": "
                                                + read.at("/understood/emergencyFrom")
                                                + "}")
                                .body());

        assertThat(read.path("disposition").asText()).isEqualTo("EMERGENCY");
        assertThat(read.at("/understood/emergencyFrom").toString())
                .isEqualTo("[\"flags.bladderBowelChange\"]");
        assertThat(corrected.path("disposition").asText()).isEqualTo("INCOMPLETE");
        assertThat(corrected.at("/ask/0").asText()).isEqualTo("flags.bladderBowelChange");
        assertThat(corrected.at("/understood/notMeant").toString())
                .isEqualTo("[\"flags.bladderBowelChange\"]");
        assertThat(corrected.at("/understood/intake/flags").isMissingNode()).isTrue();
        assertThat(corrected.at("/understood/open").toString())
                .contains("\"field\":\"flags.bladderBowelChange\"");
    }

    @Test
    void notMeantMustNameQuestionsByTheirPaths() {
        assertProblem(
                web.postJson(
                        "/api/assessments/text",
                        "{\"text\": \"no fever\", \"notMeant\": [\"flags.fever\", \"flags.fevr\"]}"),
                400,
                "notMeant[1]");
        assertProblem(
                web.postJson(
                        "/api/assessments/text",
                        "{\"text\": \"no fever\", \"notMeant\": [\"fever\"]}"),
                400,
                "notMeant[0]");
        assertProblem(
                web.postJson(
                        "/api/assessments/text",
                        "{\"text\": \"no fever\", \"notMeant\": \"flags.fever\"}"),
                400,
                "notMeant");
        assertProblem(
                web.postJson(
                        "/api/assessments/text", "{\"text\": \"no fever\", \"notMeant\": [null]}"),
                400,
                "notMeant[0]");
        assertThat(
                        web.postJson(
                                        "/api/assessments/text",
                                        "{\"text\": \"no fever\", \"notMeant\": [\"age\"]}")
                                .statusCode())
                .as("a question the words did not settle: nothing to take back")
                .isEqualTo(200);
    }

    @Test
    void valueOutOfRangeIsA400NamingTheField() {
        assertProblem(
                web.postJson("/api/assessments", "{\"flags\": {\"fever\": \"maybe\"}}"),
                400,
                "flags.fever");
        assertProblem(web.postJson("/api/assessments", "{\"painNow\": 11}"), 400, "painNow");
    }

    @Test
    void unknownFieldIsA400NamingIt() {
        assertProblem(web.postJson("/api/assessments", "{\"colour\": \"red\"}"), 400, "colour");
        assertProblem(
                web.postJson("/api/assessments/text", "{\"text\": \"sore\", \"more\": 1}"),
                400,
                "more");
    }

    @Test
    void brokenJsonIsA400ForTheWholeBody() {
        assertProblem(web.postJson("/api/assessments", "{\"age\": "), 400, "");
        assertProblem(web.postJson("/api/assessments", ""), 400, "");
    }

    @Test
    void emptyTextIsA400NamingText() {
        assertProblem(web.postJson("/api/assessments/text", "{\"text\": \"  \"}"), 400, "text");
        assertProblem(web.postJson("/api/assessments/text", "{}"), 400, "text");
    }

    @Test
    void anAnonymousAssessmentSetsNoCookieAndNeedsNoToken() throws IOException {
        HttpResponse<String> response = web.postJson("/api/assessments", example());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void wrongContentTypeIsA415() throws IOException {
        assertProblem(web.post("/api/assessments", "text/plain", example()), 415, "Content-Type");
        assertProblem(
                web.post("/api/assessments/text", "application/x-www-form-urlencoded", "text=sore"),
                415,
                "Content-Type");
    }

    @Test
    void oversizedBodyIsA413() {
        String big = "{\"text\": \"" + "a".repeat(70_000) + "\"}";
        assertProblem(web.postJson("/api/assessments/text", big), 413, "");
    }

    @Test
    void oversizedBodyWithoutALengthIsA413() {
        byte[] big = ("{\"text\": \"" + "a".repeat(70_000) + "\"}").getBytes();
        HttpRequest.BodyPublisher chunked =
                HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofByteArray(big));
        HttpResponse<String> response =
                web.send(
                        HttpRequest.newBuilder(web.uri("/api/assessments"))
                                .header("Content-Type", "application/json")
                                .POST(chunked)
                                .build());

        assertProblem(response, 413, "");
    }

    @Test
    void unknownPathAndWrongMethodAreProblems() {
        assertProblem(web.get("/api/nothing-here"), 404, "");
        assertProblem(web.get("/api/assessments"), 405, "");
    }

    @Test
    void serverStillServesAfterErrors() throws IOException {
        web.postJson("/api/assessments", "{");
        web.postJson("/api/assessments/text", "{\"text\": \"" + "a".repeat(70_000) + "\"}");
        web.post("/api/assessments", "text/plain", "x");

        assertThat(web.postJson("/api/assessments", example()).statusCode()).isEqualTo(200);
        assertThat(web.get("/health").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response :
                java.util.List.of(
                        web.get("/"),
                        web.get("/health"),
                        web.get("/nothing"),
                        web.postJson("/api/assessments", "{"))) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(
                            policy ->
                                    assertThat(policy)
                                            .contains(
                                                    "default-src 'none'", "frame-ancestors 'none'")
                                            .doesNotContain("unsafe-inline"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void openApiDocumentDescribesTheEndpointsAndTheProblem() {
        HttpResponse<String> response = web.get("/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "\"openapi\": \"3.1.0\"",
                        "\"/api/assessments\"",
                        "\"/api/assessments/text\"",
                        "\"/health\"",
                        "\"Problem\"",
                        "application/problem+json");
    }

    @Test
    void openApiDocumentDescribesEveryRouteOfTheApi() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(web.get("/openapi.json").body()).get("paths");

        List<String> api =
                web.server().routes().stream()
                        .filter(
                                route ->
                                        route.matches(
                                                "[A-Z]+ /(api|health|metrics|openapi)(/.*|\\.json)?"))
                        .toList();
        assertThat(api).hasSizeGreaterThan(15);
        for (String route : api) {
            String method = route.substring(0, route.indexOf(' ')).toLowerCase(Locale.ROOT);
            String path = route.substring(route.indexOf(' ') + 1);
            assertThat(paths.path(path).has(method))
                    .as("openapi.json documents %s", route)
                    .isTrue();
        }
    }

    @Test
    void openApiDocumentNamesEveryQuestionOfTheIntake() throws IOException {
        JsonNode intake =
                new ObjectMapper()
                        .readTree(web.get("/openapi.json").body())
                        .at("/components/schemas/Intake/properties");

        for (dev.unknot.intake.Question question : dev.unknot.intake.Question.values()) {
            JsonNode documented =
                    question.isSafety()
                            ? intake.path("flags").path("properties").path(question.field())
                            : intake.path(question.field());
            assertThat(documented.isMissingNode())
                    .as("openapi.json documents %s", question.path())
                    .isFalse();
        }
    }
}
