package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unknot breaks --background} and {@code unknot breaks stop}: real processes, a real pid
 * file in the data directory.
 */
class BackgroundBreaksTest {
    @TempDir Path directory;

    private Optional<Process> other = Optional.empty();

    private CliRun.Home home() {
        return new CliRun.Home(directory);
    }

    private Path pidFile() {
        return directory.resolve("breaks-me.pid");
    }

    @AfterEach
    void leaveNoProcessBehind() {
        other.ifPresent(Process::destroyForcibly);
        new PidFile(pidFile())
                .pid()
                .flatMap(ProcessHandle::of)
                .filter(BackgroundBreaks::isBreaks)
                .ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void theNewProcessRunsUnknotsOwnEntryPoint() {
        assertThat(BackgroundBreaks.MAIN_CLASS).isEqualTo(Main.class.getName());
    }

    @Test
    void stopWithNoPidFileSaysNothingRuns() {
        CliRun stop = home().run("breaks", "stop");

        assertThat(stop.exitCode()).as(stop.err()).isZero();
        assertThat(stop.out()).isEqualTo("No movement breaks run in the background.\n");
    }

    @Test
    void aPidFileOfAProcessThatHasEndedIsRemovedAndStopSaysNothingRuns() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        assertThat(ended.waitFor(10, TimeUnit.SECONDS)).isTrue();
        Files.writeString(pidFile(), ended.pid() + "\n", StandardCharsets.US_ASCII);

        CliRun stop = home().run("breaks", "stop");

        assertThat(stop.exitCode()).isZero();
        assertThat(stop.out()).isEqualTo("No movement breaks run in the background.\n");
        assertThat(pidFile()).doesNotExist();
    }

    @Test
    void aPidFileThatHoldsNoNumberIsRemovedAsStale() throws Exception {
        Files.writeString(pidFile(), "not a pid\n", StandardCharsets.US_ASCII);

        CliRun stop = home().run("breaks", "stop");

        assertThat(stop.out()).isEqualTo("No movement breaks run in the background.\n");
        assertThat(pidFile()).doesNotExist();
    }

    @Test
    void aPidNowUsedByAnotherProgramIsNotBelievedAndThatProgramIsLeftRunning() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "60").start();
        other = Optional.of(sleep);
        Files.writeString(pidFile(), sleep.pid() + "\n", StandardCharsets.US_ASCII);

        assertThat(new BackgroundBreaks(directory, "me").running()).isEmpty();
        Files.writeString(pidFile(), sleep.pid() + "\n", StandardCharsets.US_ASCII);
        CliRun stop = home().run("breaks", "stop");

        assertThat(stop.out()).isEqualTo("No movement breaks run in the background.\n");
        assertThat(pidFile()).doesNotExist();
        assertThat(sleep.waitFor(1, TimeUnit.SECONDS)).as("the other program still runs").isFalse();
    }

    @Test
    void aWrongTimeIsRefusedBeforeAnyProcessStarts() {
        CliRun run = home().run("breaks", "--background", "--until", "half past five");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("until: must be a time like 17:30");
        assertThat(pidFile()).doesNotExist();
    }

    @Test
    void breaksInTheBackgroundShareTheDatabaseUntilStopped() throws Exception {
        CliRun start = home().run("breaks", "--background", "--notify", "bell", "--idle", "none");

        assertThat(start.exitCode()).as(start.err()).isZero();
        long pid = new PidFile(pidFile()).pid().orElseThrow();
        assertThat(start.out())
                .isEqualTo(
                        "Movement breaks run in the background (process "
                                + pid
                                + "). 'unknot breaks stop' ends them; the log is "
                                + directory.resolve("breaks-me.log")
                                + ".\n");
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        assertThat(process.isAlive()).isTrue();
        assertThat(Files.readString(directory.resolve("breaks-me.log")))
                .contains("Movement breaks for 'me'")
                .contains("Running without input: each break is a reminder only.");

        CliRun settings = home().run("breaks", "settings", "--every", "45");
        assertThat(settings.exitCode()).as(settings.err()).isZero();
        assertThat(home().run("breaks", "today").exitCode()).isZero();

        CliRun again = home().run("breaks", "--background");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err())
                .isEqualTo(
                        "unknot: movement breaks for 'me' already run in the background (process "
                                + pid
                                + "); 'unknot breaks stop' ends them\n");

        CliRun stop = home().run("breaks", "stop");
        assertThat(stop.out()).isEqualTo("Movement breaks stopped.\n");
        assertThat(process.onExit().get(BackgroundBreaks.STOP_WAIT.toSeconds(), TimeUnit.SECONDS))
                .isNotNull();
        assertThat(process.isAlive()).isFalse();
        assertThat(pidFile()).doesNotExist();
        assertThat(home().run("breaks", "stop").out())
                .isEqualTo("No movement breaks run in the background.\n");
    }

    @Test
    void twoStartsAtOnceRunOneProcessAndTheOtherIsRefusedNamingIt() throws Exception {
        java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<CliRun>> starts =
                    new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starts.add(
                        pool.submit(
                                () -> {
                                    go.await();
                                    return home().run(
                                                    "breaks",
                                                    "--background",
                                                    "--notify",
                                                    "bell",
                                                    "--idle",
                                                    "none");
                                }));
            }
            go.countDown();
            CliRun first = starts.get(0).get(60, TimeUnit.SECONDS);
            CliRun second = starts.get(1).get(60, TimeUnit.SECONDS);

            assertThat(java.util.List.of(first.exitCode(), second.exitCode()))
                    .containsExactlyInAnyOrder(0, 2);
            long pid = new PidFile(pidFile()).pid().orElseThrow();
            CliRun refused = first.exitCode() == 2 ? first : second;
            assertThat(refused.err())
                    .contains("already run in the background (process " + pid + ")");
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void breaksThatAreOffEndAtOnceAndTheStartSaysWhy() {
        assertThat(home().run("breaks", "settings", "--off").exitCode()).isZero();

        CliRun start = home().run("breaks", "--background", "--notify", "bell", "--idle", "none");

        assertThat(start.exitCode()).isEqualTo(1);
        assertThat(start.err())
                .startsWith(
                        "unknot: the movement breaks ended as soon as they started; they wrote:\n")
                .contains("Movement breaks are off: 'unknot breaks settings --on' turns them on.");
        assertThat(pidFile()).doesNotExist();
    }
}
