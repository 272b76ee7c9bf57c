package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export made before the two newer safety questions (R25 pain worse on coughing, R26 new sexual
 * problems) existed: written by the packaged jar of that time and kept as test data. It must still
 * import whole, with the new questions unanswered, never taken as "no".
 */
class OldExportImportTest {
    private static final Path OLD_EXPORT =
            Path.of("src", "test", "resources", "exports", "before-r25-r26.json");

    @TempDir Path directory;

    private CliRun.Home home() {
        return new CliRun.Home(directory.resolve("home"));
    }

    @Test
    void anExportFromBeforeTheNewSafetyQuestionsImportsWhole() {
        CliRun imported = home().run("import", OLD_EXPORT.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out())
                .contains("2 diary entries: 2 new, 0 already there", "1 saved assessment: 1 new");
        assertThat(home().run("diary").out()).contains("2026-11-20", "2026-11-21");
    }

    @Test
    void anOldExportImportedTwiceAddsNothingTheSecondTime() {
        home().run("import", OLD_EXPORT.toString());

        CliRun again = home().run("import", OLD_EXPORT.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out())
                .contains("Nothing new", "2 diary entries: 0 new, 2 already there")
                .contains("1 saved assessment: 0 new, 1 already there");
        assertThat(
                        home().run("diary")
                                .out()
                                .lines()
                                .filter(line -> line.matches(" *\\d+  2026-11-2.*")))
                .hasSize(2);
    }

    @Test
    void theNewQuestionsStayUnansweredSoNoSessionStartsFromTheOldAnswers() {
        home().run("import", OLD_EXPORT.toString());

        CliRun session = home().typing("", "session", "--color=never");

        assertThat(session.exitCode()).isZero();
        assertThat(session.out())
                .contains("No guided session")
                .contains("Not finished")
                .contains("cough")
                .contains("sex");
    }
}
