package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.InternalCodes;
import dev.unknot.intake.TestIntakes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the terminal prints for a person holds no internal code ({@link InternalCodes}): the real
 * commands, run as {@code Main} runs them, for every kind of result, the wizard, the read-back of
 * free text, a guided session and the measures. Only {@code --json} output keeps its codes.
 */
class TerminalCodesTest {
    private static final String EXAMPLE = TestIntakes.EXAMPLE_JSON;

    /** No to every safety question, in the order the wizard asks them. */
    private static final String SAFETY_ALL_NO = "no\n".repeat(17);

    /** The questions about the knot, answered in everyday words. */
    private static final String KNOT =
            String.join(
                    "\n",
                    "above my hip",
                    "right",
                    "1",
                    "no",
                    "buttock",
                    "3",
                    "5",
                    "38",
                    "lifting, stress",
                    "tennis ball, 5",
                    "");

    @TempDir Path directory;

    /** One way a person uses the terminal, and the text it shows them. */
    private record Scenario(String name, Function<TerminalCodesTest, String> shown) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                        new Scenario(
                                "emergency from answers",
                                test ->
                                        test.assessed(
                                                EXAMPLE.replace(
                                                        "\"bladderBowelChange\": false",
                                                        "\"bladderBowelChange\": true"))),
                        new Scenario(
                                "urgent from answers",
                                test ->
                                        test.assessed(
                                                EXAMPLE.replace(
                                                        "\"fever\": false", "\"fever\": true"))),
                        new Scenario(
                                "weakness in one leg",
                                test ->
                                        test.assessed(
                                                EXAMPLE.replace(
                                                        "\"legWeakness\": \"none\"",
                                                        "\"legWeakness\": \"one-leg\""))),
                        new Scenario(
                                "see a clinician from answers",
                                test ->
                                        test.assessed(
                                                EXAMPLE.replace(
                                                        "\"localNumbness\": false",
                                                        "\"localNumbness\": true"))),
                        new Scenario("self-care from answers", test -> test.assessed(EXAMPLE)),
                        new Scenario(
                                "self-care with ice pack and every region",
                                test ->
                                        test.assessed(
                                                EXAMPLE.replace(
                                                                "\"tools\": [\"tennis-ball\", \"heating-pad\"]",
                                                                "\"tools\": [\"ice-pack\","
                                                                        + " \"foam-roller\","
                                                                        + " \"lacrosse-ball\"]")
                                                        .replace(
                                                                "\"regions\": [\"above-hip\"]",
                                                                "\"regions\": [\"beside-spine\","
                                                                        + " \"above-buttocks\","
                                                                        + " \"across-lower-back\"]")
                                                        .replace(
                                                                "\"onsetDays\": 3",
                                                                "\"onsetDays\": 40"))),
                        new Scenario(
                                "incomplete from answers",
                                test -> test.assessed(EXAMPLE.replace("\"fever\": false,", ""))),
                        new Scenario(
                                "free text with read-back and the rest over a pipe",
                                test ->
                                        shown(
                                                CliRun.typing(
                                                        "\nnot sure\n",
                                                        "assess",
                                                        "--text",
                                                        "tight knot above my left hip for three"
                                                                + " days, no tingling, bladder"
                                                                + " fine, weak in one leg",
                                                        "--ask-rest",
                                                        "--color=never"))),
                        new Scenario(
                                "free text emergency offered to be taken back",
                                test ->
                                        shown(
                                                CliRun.typing(
                                                        "",
                                                        "assess",
                                                        "--text",
                                                        "I wet myself this morning",
                                                        "--ask-rest",
                                                        "--color=never"))),
                        new Scenario(
                                "free text with --json: the prompts on standard error",
                                test ->
                                        CliRun.typing(
                                                        "\n",
                                                        "assess",
                                                        "--text",
                                                        "no fever, not sure about weight loss",
                                                        "--ask-rest",
                                                        "--json")
                                                .err()),
                        new Scenario(
                                "wizard over a pipe to self-care",
                                test ->
                                        shown(
                                                CliRun.typing(
                                                        SAFETY_ALL_NO + KNOT,
                                                        "assess",
                                                        "--color=never"))),
                        new Scenario(
                                "wizard over a pipe to an emergency",
                                test -> shown(CliRun.typing("yes\n", "assess", "--color=never"))),
                        new Scenario(
                                "wizard with a reply it cannot take, then not sure",
                                test ->
                                        shown(
                                                CliRun.typing(
                                                        "purple\nnot sure\n",
                                                        "assess",
                                                        "--color=never"))),
                        new Scenario("explain a rule", test -> shown(CliRun.run("explain", "R11"))),
                        new Scenario("the rules", test -> shown(CliRun.run("rules"))),
                        new Scenario(
                                "a read-back answer not meant is asked in full",
                                test ->
                                        shown(
                                                CliRun.typing(
                                                        "1\nno\nno\nno\nnone\nnone\nno\nno\nnot sure\n",
                                                        "assess",
                                                        "--text",
                                                        "no fever",
                                                        "--ask-rest",
                                                        "--color=never"))),
                        new Scenario(
                                "guided session",
                                test ->
                                        test.session(
                                                "no\n".repeat(6)
                                                        + "6\n"
                                                        + "\n".repeat(8)
                                                        + "\n"
                                                        + "3\n")),
                        new Scenario(
                                "a stop sign before a session: which leg, then the advice",
                                test ->
                                        test.session(
                                                "no\nyes\nno\nno\nno\nno\n"
                                                        + "yes, in one leg\n"
                                                        + "none\n")),
                        new Scenario("measures", TerminalCodesTest::measures))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theTerminalShowsNoInternalCode(Scenario scenario) {
        String shown = scenario.shown().apply(this);

        assertThat(shown).isNotBlank();
        assertThat(InternalCodes.foundIn(shown))
                .as("internal codes in what %s shows:%n%s", scenario.name(), shown)
                .isEmpty();
    }

    @Test
    void theSameRunAsJsonKeepsItsCodesSoTheScanCanFail() {
        CliRun json = CliRun.run("assess", "--answers", file(EXAMPLE).toString(), "--json");

        assertThat(InternalCodes.foundIn(json.out()))
                .contains("SELF_CARE", "after-acute", "tennis-ball");
    }

    private String assessed(String answers) {
        return shown(CliRun.run("assess", "--answers", file(answers).toString(), "--color=never"));
    }

    private String session(String typed) {
        CliRun.Home home = new CliRun.Home(directory);
        CliRun saved = home.run("assess", "--answers=" + file(EXAMPLE), "--save", "--color=never");
        CliRun session =
                home.sleepingWith(duration -> {})
                        .typing(typed, "session", "--speed", "60", "--color=never");
        return shown(saved) + shown(session);
    }

    private String measures() {
        CliRun.Home home = new CliRun.Home(directory);
        List<CliRun> runs =
                List.of(
                        home.typing("11\n6/10\n6\n", "measure", "nprs", "--color=never"),
                        home.typing("3\n2\n3\n2\n2\n1\n2\n\n1\n1\n", "measure", "odi"),
                        home.typing("y\nn\ny\n" + "n\n".repeat(21), "measure", "rmdq"),
                        home.run(
                                "measure",
                                "startback",
                                "--answers=agree,agree,agree,d,agree,d,d,d,3"),
                        home.run("measures"));
        StringBuilder shown = new StringBuilder();
        runs.forEach(run -> shown.append(shown(run)));
        return shown.toString();
    }

    private static String shown(CliRun run) {
        return run.out() + "\n" + run.err();
    }

    private Path file(String content) {
        try {
            return Files.writeString(Files.createTempFile(directory, "intake", ".json"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
