package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.intake.TestIntakes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssessCommandTest {

    static final String EXAMPLE = TestIntakes.EXAMPLE_JSON;

    @TempDir Path dir;

    private Path file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void exampleIntakeGivesSelfCarePlanInPlainText() throws IOException {
        CliRun run = CliRun.run("assess", "--answers", file("intake.json", EXAMPLE).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Self-care: this sounds like a muscle knot")
                .contains("not a diagnosis")
                .contains("quadratus lumborum")
                .contains("Tennis ball against the floor or a wall: hold 30-60 seconds [004, 000]")
                .contains("Heat before massage and stretching: 15-20 minutes")
                .contains("Lift with your legs")
                .doesNotContain("\u001b[");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonOutputHasTheDocumentedFields() throws IOException {
        CliRun run =
                CliRun.run(
                        "assess", "--answers", file("intake.json", EXAMPLE).toString(), "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("disposition").asText()).isEqualTo("SELF_CARE");
        assertThat(json.get("reasons")).isEmpty();
        assertThat(json.get("unanswered")).isEmpty();
        assertThat(json.get("muscles").get(0).get("id").asText()).isEqualTo("quadratus-lumborum");
        assertThat(json.get("plan").get("phase").asText()).isEqualTo("after-acute");
        assertThat(json.get("sources")).isNotEmpty();
        assertThat(json.get("disclaimer").asText()).contains("not a diagnosis");
    }

    @Test
    void answersCanComeFromStandardInput() {
        CliRun run =
                CliRun.typing(
                        EXAMPLE.replace("\"fever\": false", "\"fever\": true"),
                        "assess",
                        "--answers",
                        "-",
                        "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("\"disposition\" : \"URGENT\"")
                .contains("\"rule\" : \"R7\"");
    }

    @Test
    void leftOutSafetyQuestionMakesTheResultIncompleteNeverSelfCare() throws IOException {
        CliRun run =
                CliRun.run(
                        "assess",
                        "--json",
                        "--answers",
                        file("intake.json", EXAMPLE.replace("\"fever\": false,", "")).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("\"disposition\" : \"INCOMPLETE\"")
                .contains("\"unanswered\" : [ \"fever\" ]");
    }

    @Test
    void emergencyHeadlineCannotBeMissed() throws IOException {
        CliRun run =
                CliRun.run(
                        "assess",
                        "--answers",
                        file(
                                        "intake.json",
                                        EXAMPLE.replace(
                                                "\"bladderBowelChange\": false",
                                                "\"bladderBowelChange\": true"))
                                .toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().limit(3)).anyMatch(line -> line.contains("!!! EMERGENCY"));
        assertThat(run.out()).contains("R1").doesNotContain("Your self-care plan");
    }

    @Test
    void missingFileIsAUserErrorNamingTheFile() {
        CliRun run = CliRun.run("assess", "--answers", dir.resolve("nowhere.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--answers: file not found").contains("nowhere.json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void directoryIsAUserError() {
        CliRun run = CliRun.run("assess", "--answers", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is a directory");
    }

    @Test
    void shortTextIsIncompleteAndShowsTheWordsBehindEachAnswer() {
        CliRun run =
                CliRun.run(
                        "assess",
                        "--text",
                        "tight knot above my left hip for three days since I moved house, no tingling, bladder fine");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Not finished")
                .contains("bladderBowelChange = no  (\"bladder fine\")")
                .contains("legNumbness = none  (\"no tingling\")")
                .contains("regions = above-hip")
                .doesNotContain("Your self-care plan");
    }

    @Test
    void textEmergencyIsReportedAtOnce() {
        CliRun run =
                CliRun.run(
                        "assess",
                        "--text",
                        "since yesterday I can't control my bladder and my groin is numb");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("EMERGENCY");
    }

    @Test
    void textAsJsonHoldsEvidenceAndUnsureWords() throws IOException {
        CliRun run =
                CliRun.run(
                        "assess", "--json", "--text", "denies fever, not sure about weight loss");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("disposition").asText()).isEqualTo("INCOMPLETE");
        assertThat(json.at("/evidence/flags.fever").asText()).isEqualTo("denies fever");
        assertThat(json.at("/unsure/flags.weightLoss").asText())
                .isEqualTo("not sure about weight loss");
        assertThat(json.get("unanswered").toString())
                .contains("weightLoss")
                .doesNotContain("\"fever\"");
    }

    @Test
    void textThenTheRestOfTheQuestionsOverAPipe() {
        CliRun run = CliRun.typing("", "assess", "--text", "no fever", "--ask-rest");

        assertThat(run.out())
                .contains("controlling your bladder")
                .doesNotContain("fever or chills along");
    }

    @Test
    void emptyTextIsAUserError() {
        CliRun run = CliRun.run("assess", "--text", "   ");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("text:").contains("empty");
    }

    @Test
    void answersAndTextTogetherAreAUserError() throws IOException {
        CliRun run =
                CliRun.run(
                        "assess",
                        "--answers",
                        file("intake.json", EXAMPLE).toString(),
                        "--text",
                        "knot");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot be used together");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.run("assess", "--colour", "never");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option");
    }

    static Stream<Arguments> invalidIntakes() {
        return Stream.of(
                Arguments.of("invalid JSON", "{\"age\": 38,", "not valid JSON"),
                Arguments.of("empty file", "", "empty"),
                Arguments.of("not an object", "[1, 2]", "must be a JSON object"),
                Arguments.of(
                        "unknown field",
                        "{\"mood\": \"ok\"}",
                        "mood: unknown field; allowed: age, onsetDays"),
                Arguments.of(
                        "unknown flag",
                        "{\"flags\": {\"dizzy\": true}}",
                        "flags.dizzy: unknown field; allowed: bladderBowelChange"),
                Arguments.of(
                        "bad enum value",
                        "{\"side\": \"up\"}",
                        "side: 'up' is not allowed; must be one of left, right, both, center"),
                Arguments.of(
                        "bad enum in list",
                        "{\"regions\": [\"neck\"]}",
                        "regions: 'neck' is not allowed; must be a list of beside-spine"),
                Arguments.of("empty regions", "{\"regions\": []}", "regions: must be a list of"),
                Arguments.of(
                        "pain out of range",
                        "{\"painNow\": 11}",
                        "painNow: must be a whole number from 0 to 10, was 11"),
                Arguments.of(
                        "age out of range",
                        "{\"age\": 0}",
                        "age: must be a whole number from 1 to 120, was 0"),
                Arguments.of(
                        "onset negative",
                        "{\"onsetDays\": -1}",
                        "onsetDays: must be a whole number from 0 to 36500"),
                Arguments.of(
                        "number as text",
                        "{\"painNow\": \"5\"}",
                        "painNow: must be a whole number from 0 to 10, was \"5\""),
                Arguments.of("fraction", "{\"painNow\": 5.5}", "painNow: must be a whole number"),
                Arguments.of(
                        "yes as text",
                        "{\"flags\": {\"fever\": \"yes\"}}",
                        "flags.fever: must be true or false, was \"yes\""),
                Arguments.of(
                        "number for boolean",
                        "{\"lumpGrowing\": 1}",
                        "lumpGrowing: must be true or false, was 1"),
                Arguments.of(
                        "duplicate field", "{\"age\": 30, \"age\": 40}", "Duplicate field 'age'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidIntakes")
    void invalidIntakeExitsTwoWithAMessageNamingTheField(String what, String json, String message)
            throws IOException {
        CliRun run = CliRun.run("assess", "--answers", file("intake.json", json).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("unknot: ")
                .contains(message)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void notUtf8IsAUserError() throws IOException {
        Path path = dir.resolve("latin1.json");
        Files.write(path, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});

        CliRun run = CliRun.run("assess", "--answers", path.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not UTF-8");
    }
}
