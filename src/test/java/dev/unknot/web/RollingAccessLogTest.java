package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollingAccessLogTest {
    private final ByteArrayOutputStream problems = new ByteArrayOutputStream();
    private final PrintStream problemStream =
            new PrintStream(problems, true, StandardCharsets.UTF_8);

    @TempDir Path dir;

    @Test
    void closingWritesEveryLineInOrder() throws Exception {
        Path file = dir.resolve("logs/access.log");
        RollingAccessLog log =
                RollingAccessLog.open(file, RollingAccessLog.DEFAULT_MAX_BYTES, 2, problemStream);
        List<String> lines =
                IntStream.range(0, 5_000).mapToObj(i -> "{\"n\":" + i + ",\"é\":\"ü\"}").toList();
        lines.forEach(log::write);
        log.close();

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).isEqualTo(lines);
        assertThat(log.dropped()).isZero();
        assertThat(problems.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void appendsToWhatAnEarlierRunWrote() throws Exception {
        Path file = dir.resolve("access.log");
        Files.writeString(file, "{\"earlier\":true}\n");
        RollingAccessLog log =
                RollingAccessLog.open(file, RollingAccessLog.DEFAULT_MAX_BYTES, 2, problemStream);
        log.write("{\"later\":true}");
        log.close();

        assertThat(Files.readAllLines(file))
                .containsExactly("{\"earlier\":true}", "{\"later\":true}");
    }

    @Test
    void rollsOverAtTheSizeLimitAndKeepsOnlyTheNewestFiles() throws Exception {
        Path file = dir.resolve("access.log");
        RollingAccessLog log = RollingAccessLog.open(file, 100, 2, problemStream);
        // 11 bytes a line: a file rolls over once it holds 100 bytes or more, that is after 10
        // lines
        List<String> lines =
                IntStream.range(0, 205).mapToObj(i -> "{\"n\":" + (1000 + i) + "}").toList();
        lines.forEach(log::write);
        log.close();

        assertThat(dir.resolve("access.log.3")).doesNotExist();
        List<String> kept = new ArrayList<>();
        for (Path part : List.of(dir.resolve("access.log.2"), dir.resolve("access.log.1"), file)) {
            assertThat(Files.size(part)).isLessThan(100 + 11);
            kept.addAll(Files.readAllLines(part));
        }
        assertThat(Files.readAllLines(dir.resolve("access.log.1"))).hasSize(10);
        // 205 = 20 * 10 + 5: the newest 10 + 10 + 5 lines are kept, in order
        assertThat(kept).isEqualTo(lines.subList(180, 205));
        assertThat(log.dropped()).isZero();
        assertThat(problems.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void linesTheQueueCannotTakeAreDroppedCountedAndReported() throws Exception {
        Path file = dir.resolve("access.log");
        RollingAccessLog log =
                RollingAccessLog.open(
                        file, RollingAccessLog.DEFAULT_MAX_BYTES, 1, 1, problemStream);
        int handedOver = 20_000;
        for (int i = 0; i < handedOver; i++) {
            log.write("{\"n\":" + i + "}");
        }
        log.close();

        // one place in the queue cannot keep up with a loop: the writer's every line is a write to
        // the disk
        assertThat(log.dropped()).isPositive();
        assertThat(Files.readAllLines(file).size() + log.dropped()).isEqualTo(handedOver);
        assertThat(problems.toString(StandardCharsets.UTF_8))
                .isEqualTo(
                        "access log: "
                                + log.dropped()
                                + " lines dropped (the disk could not keep up)"
                                + System.lineSeparator());
    }

    @Test
    void closingTwiceReportsOnce() throws Exception {
        RollingAccessLog log =
                RollingAccessLog.open(dir.resolve("access.log"), 100, 1, 1, problemStream);
        for (int i = 0; i < 20_000; i++) {
            log.write("{\"n\":" + i + "}");
        }
        log.close();
        String once = problems.toString(StandardCharsets.UTF_8);
        log.close();

        assertThat(problems.toString(StandardCharsets.UTF_8)).isEqualTo(once);
    }

    @Test
    void aFileThatCannotBeOpenedFailsAtOnce() throws IOException {
        Path directory = Files.createDirectories(dir.resolve("is-a-directory"));

        assertThatThrownBy(() -> RollingAccessLog.open(directory, 100, 1, problemStream))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is-a-directory");
        assertThat(problems.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFileNameThatLogbackWouldReadAsAPatternIsRefused() {
        assertThatThrownBy(
                        () ->
                                RollingAccessLog.open(
                                        dir.resolve("access-%d.log"), 100, 1, problemStream))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("%");
    }
}
