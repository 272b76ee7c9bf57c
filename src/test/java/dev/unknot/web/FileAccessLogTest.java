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

class FileAccessLogTest {
    private final ByteArrayOutputStream problems = new ByteArrayOutputStream();
    private final PrintStream problemStream = new PrintStream(problems, true, StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void closingWritesEveryLineInOrder() throws Exception {
        Path file = dir.resolve("logs/access.log");
        FileAccessLog log = FileAccessLog.open(file, FileAccessLog.DEFAULT_MAX_BYTES, 2, problemStream);
        List<String> lines = IntStream.range(0, 5_000).mapToObj(i -> "{\"n\":" + i + "}").toList();
        lines.forEach(log::write);
        log.close();

        assertThat(Files.readAllLines(file)).isEqualTo(lines);
        assertThat(log.dropped()).isZero();
        assertThat(problems.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void appendsToWhatAnEarlierRunWrote() throws Exception {
        Path file = dir.resolve("access.log");
        Files.writeString(file, "{\"earlier\":true}\n");
        FileAccessLog log = FileAccessLog.open(file, FileAccessLog.DEFAULT_MAX_BYTES, 2, problemStream);
        log.write("{\"later\":true}");
        log.close();

        assertThat(Files.readAllLines(file)).containsExactly("{\"earlier\":true}", "{\"later\":true}");
    }

    @Test
    void rollsOverAtTheSizeLimitAndKeepsOnlyTheNewestFiles() throws Exception {
        Path file = dir.resolve("access.log");
        FileAccessLog log = FileAccessLog.open(file, 100, 2, problemStream);
        List<String> lines = IntStream.range(0, 200).mapToObj(i -> "{\"n\":" + (1000 + i) + "}").toList();
        lines.forEach(log::write);
        log.close();

        assertThat(dir.resolve("access.log.3")).doesNotExist();
        List<String> kept = new ArrayList<>();
        for (Path part : List.of(dir.resolve("access.log.2"), dir.resolve("access.log.1"), file)) {
            assertThat(Files.size(part)).isLessThanOrEqualTo(100);
            kept.addAll(Files.readAllLines(part));
        }
        // 11 bytes a line, 9 lines a file, 200 = 22 * 9 + 2: the newest 9 + 9 + 2 lines are kept, in order
        assertThat(kept).hasSize(20).isEqualTo(lines.subList(180, 200));
    }

    @Test
    void everyLineIsWrittenOrCountedAsDroppedWhenTheQueueIsFull() throws Exception {
        Path file = dir.resolve("access.log");
        FileAccessLog log = FileAccessLog.open(file, FileAccessLog.DEFAULT_MAX_BYTES, 1, 1, problemStream);
        int handedOver = 20_000;
        for (int i = 0; i < handedOver; i++) {
            log.write("{\"n\":" + i + "}");
        }
        log.close();

        assertThat(Files.readAllLines(file).size() + log.dropped()).isEqualTo(handedOver);
        assertThat(problems.toString(StandardCharsets.UTF_8).isEmpty()).isEqualTo(log.dropped() == 0);
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedAndItsLinesCounted() throws Exception {
        Path file = dir.resolve("access.log");
        FileAccessLog log = FileAccessLog.open(file, 30, 1, problemStream);
        // rolling over needs to move the file onto access.log.1: a non-empty directory there cannot be replaced
        Files.createDirectories(dir.resolve("access.log.1/blocked"));
        for (int i = 0; i < 10; i++) {
            log.write("{\"n\":" + (1000 + i) + "}");
        }
        log.close();

        assertThat(log.dropped()).isPositive();
        assertThat(problems.toString(StandardCharsets.UTF_8)).contains("access log: cannot write", "dropped");
        assertThat(Files.readAllLines(file).size() + log.dropped()).isEqualTo(10);
    }

    @Test
    void aFileThatCannotBeOpenedFailsAtOnce() throws IOException {
        Path directory = Files.createDirectories(dir.resolve("is-a-directory"));
        assertThatThrownBy(() -> FileAccessLog.open(directory, 100, 1, problemStream)).isInstanceOf(IOException.class);
    }
}
