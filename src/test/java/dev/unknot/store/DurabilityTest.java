package dev.unknot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.diary.DiaryEntry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diary entry acknowledged to the person survives the process being killed (kill -9) mid-burst.
 */
class DurabilityTest {
    private static final int ACKS_BEFORE_KILL = 300;

    @TempDir Path directory;

    @Test
    void everyAcknowledgedEntrySurvivesKillMinusNineOnH2() throws Exception {
        Process child =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                CrashWriter.class.getName(),
                                directory.toString())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        Set<String> acknowledged = new HashSet<>();
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                acknowledged.add("entry " + line.substring("ack ".length()));
                if (acknowledged.size() == ACKS_BEFORE_KILL) {
                    // SIGKILL from outside, as kill -9 would: no shutdown hooks, no close.
                    // (Process.destroyForcibly
                    // would also close our end of the pipe and lose acknowledgements already in
                    // flight.)
                    new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

        List<String> stored = new ArrayList<>();
        try (Database database = Database.open(DatabaseUrl.embedded(directory))) {
            database.inTransaction(
                    tx -> {
                        long id = tx.people().find("crash").orElseThrow().id();
                        tx.diary().all(id).stream().map(DiaryEntry::note).forEach(stored::add);
                        return null;
                    });
        }
        assertThat(stored).containsAll(acknowledged);
    }
}
