package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The help of {@code unknot clinic}'s own commands in docs/cli.md is the real help, rendered
 * through the real {@link Cli} (run with {@code -Dunknot.updateDocs=true} to rewrite it).
 */
class ClinicUsageDocsTest {
    private static final String BEGIN = "<!-- clinic-usage:begin -->";
    private static final String END = "<!-- clinic-usage:end -->";

    @Test
    void cliDocsHoldTheHelpOfEveryClinicCommand() throws IOException {
        StringBuilder block = new StringBuilder();
        for (String command : new String[] {"create", "add-clinician", "list"}) {
            CliRun run = CliRun.launched("clinic", command, "--help");
            assertThat(run.exitCode()).as(run.err()).isZero();
            block.append("\n```text\n$ ./unknot clinic ")
                    .append(command)
                    .append(" --help\n")
                    .append(run.out())
                    .append("```\n");
        }
        Path file = Path.of("docs", "cli.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN + "\n");
        int end = text.indexOf(END, Math.max(begin, 0));
        assertThat(begin).as("%s has no line %s", file, BEGIN).isNotNegative();
        assertThat(end).as("%s has no line %s after %s", file, END, BEGIN).isPositive();
        String actual = text.substring(begin + BEGIN.length() + 1, end);
        if (!actual.equals(block.toString()) && Boolean.getBoolean("unknot.updateDocs")) {
            Files.writeString(
                    file,
                    text.substring(0, begin + BEGIN.length() + 1) + block + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).isEqualTo(block.toString());
    }
}
