package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {
    static final List<String> COMMANDS =
            List.of(
                    "assess",
                    "session",
                    "plan",
                    "log",
                    "diary",
                    "trend",
                    "measure",
                    "measures",
                    "workstation",
                    "export",
                    "import",
                    "handout",
                    "clinic",
                    "breaks",
                    "calendar",
                    "sources",
                    "rules",
                    "explain",
                    "serve");

    static Stream<Arguments> everyCommandWithEveryHelpOption() {
        return COMMANDS.stream()
                .flatMap(
                        command ->
                                Stream.of(
                                        Arguments.of(command, "--help"),
                                        Arguments.of(command, "-h")));
    }

    static Stream<String> everyCommand() {
        return COMMANDS.stream();
    }

    @ParameterizedTest(name = "unknot {0} {1}")
    @MethodSource("everyCommandWithEveryHelpOption")
    void everyCommandAnswersItsHelpOptionWithItsUsageOnStandardOutput(
            String command, String option) {
        CliRun run = CliRun.launched(command, option);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Usage: unknot " + command + " ").contains("-h, --help");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest(name = "unknot help {0}")
    @MethodSource("everyCommand")
    void helpNamingACommandShowsTheSameUsageAsItsHelpOption(String command) {
        CliRun run = CliRun.launched("help", command);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("Usage: unknot " + command + " ")
                .isEqualTo(CliRun.launched(command, "--help").out());
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest(name = "unknot {0}")
    @ValueSource(strings = {"help", "--help", "-h"})
    void helpAloneListsEveryCommand(String argument) {
        CliRun run = CliRun.launched(argument);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Usage: unknot ")
                .contains("Commands:")
                .contains("  help ");
        for (String command : COMMANDS) {
            assertThat(run.out()).containsPattern("(?m)^  " + command + " +\\S");
        }
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unknotAloneShowsTheSameListAsHelp() {
        assertThat(CliRun.launched().out()).isEqualTo(CliRun.launched("--help").out());
    }

    @ParameterizedTest(name = "unknot {0}")
    @ValueSource(strings = {"--version", "-V"})
    void versionNamesUnknot(String option) {
        CliRun run = CliRun.launched(option);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("unknot ").hasLineCount(1);
    }

    @Test
    void helpForAnUnknownCommandIsAOneLineUsageError() {
        CliRun run = CliRun.launched("help", "nosuch");

        assertThat(run.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(run.err())
                .isEqualTo(
                        "unknot: Unknown subcommand 'nosuch'. 'unknot help' lists the commands.\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void otherUsageErrorsStillShowTheCommandsUsage() {
        CliRun run = CliRun.launched("assess", "--nosuch");

        assertThat(run.exitCode()).isEqualTo(Cli.USER_ERROR);
        assertThat(run.err())
                .contains("Unknown option: '--nosuch'")
                .contains("Usage: unknot assess");
    }

    @Test
    void aRunNamingACommandBuildsOnlyThatCommand() {
        assertThat(CliRun.commandsBuiltFor("assess")).containsExactly("assess");
        assertThat(CliRun.commandsBuiltFor("serve")).containsExactly("serve");
    }

    @ParameterizedTest(name = "first argument \"{0}\"")
    @ValueSource(strings = {"help", "--help", "-h", ""})
    void aRunAskingForHelpBuildsEveryCommandAndHelp(String first) {
        assertThat(CliRun.commandsBuiltFor(first))
                .containsExactlyElementsOf(
                        Stream.concat(COMMANDS.stream(), Stream.of("help")).toList());
    }
}
