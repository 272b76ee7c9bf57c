package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The usage in README.md and docs/cli.md is the real help, rendered through the real {@link Cli}.
 * Each file holds it between {@value #BEGIN} and {@value #END}; when help changes, the failure
 * shows the text to put there (or run with {@code -Dunknot.updateDocs=true} to write it).
 */
class UsageDocsTest {
    static final String BEGIN = "<!-- usage:begin -->";
    static final String END = "<!-- usage:end -->";

    @Test
    void readmeListsTheCommandsAsUnknotHelpDoes() throws IOException {
        String block =
                "```text\n$ ./unknot --help\n"
                        + help("--help")
                        + "```\n\n"
                        + "Every command's options: [docs/cli.md](docs/cli.md), or `./unknot help COMMAND`.\n";

        assertBlock(Path.of("README.md"), block);
    }

    @Test
    void cliDocsHoldTheHelpOfEveryCommand() throws IOException {
        StringBuilder block = new StringBuilder();
        for (String command : CliRun.commandsBuiltFor("help")) {
            block.append("\n## unknot ")
                    .append(command)
                    .append("\n\n```text\n$ ./unknot help ")
                    .append(command)
                    .append('\n')
                    .append(help("help", command))
                    .append("```\n");
        }

        assertBlock(Path.of("docs", "cli.md"), block.toString());
    }

    private static String help(String... args) {
        CliRun run = CliRun.launched(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private static void assertBlock(Path file, String expected) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN + "\n");
        int end = text.indexOf(END, Math.max(begin, 0));
        assertThat(begin)
                .as("%s has no line %s followed by a line %s", file, BEGIN, END)
                .isNotNegative();
        assertThat(end).as("%s has no line %s after %s", file, END, BEGIN).isPositive();
        String actual = text.substring(begin + BEGIN.length() + 1, end);
        if (!actual.equals(expected) && Boolean.getBoolean("unknot.updateDocs")) {
            Files.writeString(
                    file,
                    text.substring(0, begin + BEGIN.length() + 1) + expected + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual)
                .as(
                        "The usage in %s is not what unknot prints. Put this between %s and %s:%n%s",
                        file, BEGIN, END, expected)
                .isEqualTo(expected);
    }
}
