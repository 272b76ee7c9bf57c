package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.intake.Question;
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
        assertThat(run.out().lines().skip(3).findFirst())
                .as("the region's own number straight under the banner")
                .hasValue("Call 999 now or go to A&E.");
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
                .contains("From your words")
                .contains("no trouble with your bladder or bowels  (\"bladder fine\")")
                .contains("no numbness or tingling in your legs  (\"no tingling\")")
                .contains("a knot just above the hip bone")
                .doesNotContain("Your self-care plan")
                .doesNotContain("flags.", "bladderBowelChange", "above-hip");
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
    void textAsJsonHoldsWhatWasUnderstoodAndWhatStayedOpen() throws IOException {
        CliRun run =
                CliRun.run(
                        "assess", "--json", "--text", "denies fever, not sure about weight loss");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("disposition").asText()).isEqualTo("INCOMPLETE");
        assertThat(json.at("/understood/intake/flags/fever").asBoolean(true)).isFalse();
        JsonNode fever = json.at("/understood/answers/0");
        assertThat(fever.path("field").asText()).isEqualTo("flags.fever");
        assertThat(fever.path("said").asText()).isEqualTo("no fever or chills");
        assertThat(fever.path("words").asText()).isEqualTo("denies fever");
        assertThat(json.at("/understood/open/0/field").asText()).isEqualTo("flags.weightLoss");
        assertThat(json.at("/understood/open/0/words").asText())
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
    void askRestReadsBackWhatWasUnderstoodAndEnterKeepsIt() {
        CliRun run = CliRun.typing("\n", "assess", "--text", "no fever", "--ask-rest");

        String out = run.out();
        assertThat(out)
                .contains(
                        "From your words:",
                        "  1. no fever or chills  (\"no fever\")",
                        "Is that right? Press Enter if it is")
                .doesNotContain("flags.fever", "fever = ");
        assertThat(out.indexOf("From your words:"))
                .isLessThan(out.indexOf("[1/"))
                .isGreaterThan(out.indexOf("not a diagnosis"));
        assertThat(out).doesNotContain("Do you have a fever or chills along");
    }

    @Test
    void anAnswerNotMeantIsAskedInFull() {
        CliRun run =
                CliRun.typing(
                        "1\nno\nno\nno\nnone\nnone\nno\nno\nnot sure\n",
                        "assess",
                        "--text",
                        "no fever",
                        "--ask-rest",
                        "--json");

        assertThat(run.err())
                .contains("  1. no fever or chills")
                .contains("] Do you have a fever or chills along with the back pain?");
        assertThat(run.out()).contains("\"notMeant\" : [ \"flags.fever\" ]");
    }

    @Test
    void numbersThatNameNoAnswerAreAskedForAgain() {
        CliRun run = CliRun.typing("7\nfever\n1\n", "assess", "--text", "no fever", "--ask-rest");

        assertThat(run.out())
                .contains("Sorry, \"7\" is not 1.")
                .contains("Sorry, \"fever\" is not 1.")
                .contains("[1/" + Question.values().length + "]");
    }

    @Test
    void anEmergencyInTheWordsIsPrintedFirstThenOfferedToBeTakenBack() {
        CliRun run =
                CliRun.typing(
                        "",
                        "assess",
                        "--text",
                        "I wet myself this morning",
                        "--ask-rest",
                        "--color=never");

        String out = run.out();
        assertThat(run.exitCode()).isZero();
        assertThat(out).startsWith("=".repeat(72) + "\n !!! EMERGENCY");
        assertThat(out)
                .contains(
                        "From your words\n  - new trouble controlling your bladder or bowels  (\"",
                        "R1",
                        "If that is not what you meant, type \"no\"")
                .doesNotContain("[1/", "Is that right?");
        assertThat(out.split("!!! EMERGENCY", -1)).as("the result is printed once").hasSize(2);
    }

    @Test
    void anEmergencyNotMeantIsAskedAboutInstead() {
        CliRun run =
                CliRun.typing(
                        "no\n\nnot sure\n",
                        "assess",
                        "--text",
                        "I wet myself this morning",
                        "--ask-rest",
                        "--color=never");

        String out = run.out();
        int offer = out.indexOf("If that is not what you meant");
        int asked = out.indexOf("[1/");
        assertThat(out.indexOf("!!! EMERGENCY")).isLessThan(offer);
        assertThat(offer).isLessThan(asked);
        assertThat(out.substring(asked))
                .contains("Do you have new trouble controlling your bladder or bowels")
                .contains("Not finished")
                .doesNotContain("!!! EMERGENCY");
    }

    @Test
    void anEmergencyKeptUnderJsonLeavesOneJsonDocumentOnStandardOutput() throws IOException {
        CliRun run =
                CliRun.typing(
                        "\n",
                        "assess",
                        "--text",
                        "I wet myself this morning",
                        "--ask-rest",
                        "--json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("disposition").asText()).isEqualTo("EMERGENCY");
        assertThat(json.at("/understood/emergencyFrom/0").asText())
                .isEqualTo("flags.bladderBowelChange");
        assertThat(run.err()).contains("EMERGENCY", "If that is not what you meant");
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
