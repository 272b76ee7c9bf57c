package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.app.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Breaks in the exported record, imported once, and on the trend beside pain. */
class BreakRecordTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant EVENING = Instant.parse("2026-11-30T18:00:00Z");

    @TempDir Path directory;

    private CliRun.Home home() {
        return new CliRun.Home(directory).at(EVENING);
    }

    private void aDayOfBreaks() {
        CliRun run =
                home().typingOn(
                                new TestClock(Instant.parse("2026-11-30T09:00:00Z")),
                                "t\ns\n",
                                "breaks",
                                "--notify=bell",
                                "--idle=none",
                                "--until",
                                "11:00");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void theBreaksAreExportedAndImportedOnceKeyedByTheirTime() throws Exception {
        aDayOfBreaks();
        Path file = directory.resolve("me.json");
        assertThat(home().run("export", "--output", file.toString()).exitCode()).isZero();
        JsonNode breaks = JSON.readTree(file.toFile()).get("breaks");
        assertThat(breaks).hasSize(2);
        assertThat(breaks.get(0).get("at").asText()).isEqualTo("2026-11-30T09:30:00Z");
        assertThat(breaks.get(0).get("outcome").asText()).isEqualTo("taken");
        assertThat(breaks.get(0).get("seconds").asInt()).isEqualTo(90);
        assertThat(breaks.get(0).get("exercises")).hasSize(2);
        assertThat(breaks.get(1).get("outcome").asText()).isEqualTo("skipped");

        CliRun first = home().run("import", file.toString(), "--profile=copy");
        CliRun again = home().run("import", file.toString(), "--profile=copy");

        assertThat(first.out()).contains("  2 movement breaks: 2 new, 0 already there");
        assertThat(again.out()).contains("  2 movement breaks: 0 new, 2 already there");
        assertThat(JSON.readTree(home().run("export", "--profile=copy").out()).get("breaks"))
                .isEqualTo(breaks);
    }

    @Test
    void anExportWithoutBreaksStillImports() throws Exception {
        aDayOfBreaks();
        ObjectNode exported = (ObjectNode) JSON.readTree(home().run("export").out());
        exported.remove("breaks");
        Path file = directory.resolve("old.json");
        Files.writeString(file, JSON.writeValueAsString(exported));

        CliRun imported = home().run("import", file.toString(), "--profile=old");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("  0 movement breaks: 0 new, 0 already there");
    }

    @Test
    void aBreakWithAnUnknownOutcomeIsRefusedWithItsPlace() throws Exception {
        aDayOfBreaks();
        ObjectNode exported = (ObjectNode) JSON.readTree(home().run("export").out());
        ((ObjectNode) exported.get("breaks").get(1)).put("outcome", "ignored");
        Path file = directory.resolve("bad.json");
        Files.writeString(file, JSON.writeValueAsString(exported));

        CliRun imported = home().run("import", file.toString(), "--profile=bad");

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err())
                .contains("breaks[1].outcome: must be one of taken, natural, skipped, postponed");
    }

    @Test
    void theTrendShowsBreaksPerDayBesidePain() {
        aDayOfBreaks();
        home().run("log", "--pain=4", "--date=2026-11-30");

        CliRun trend = home().run("trend", "--days=7", "--color=never");

        assertThat(trend.exitCode()).as(trend.err()).isZero();
        assertThat(trend.out())
                .contains("brk " + "  ".repeat(6) + " 1\n")
                .contains("(brk = movement breaks that day, taken or time away");
    }
}
