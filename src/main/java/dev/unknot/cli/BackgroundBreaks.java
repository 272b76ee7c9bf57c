package dev.unknot.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Movement breaks in a process of their own, one per profile: {@code unknot breaks --no-input}
 * started again on the same Java and class path, detached from the terminal, its output appended to
 * {@code breaks-PROFILE.log} and its process id in {@code breaks-PROFILE.pid} in the data
 * directory. A process id is believed only while that process is alive and runs unknot's breaks,
 * since the system gives a dead process's id to the next one.
 */
final class BackgroundBreaks {
    /** unknot's entry point, which the new process runs ({@code app.Main}). */
    static final String MAIN_CLASS = "dev.unknot.app.Main";

    /** How long a start waits for the new process's first line before trusting that it runs. */
    static final Duration START_WAIT = Duration.ofSeconds(30);

    /** How long a process that wrote its first line may take to end at once (breaks are off). */
    static final Duration SETTLE = Duration.ofMillis(500);

    /** How long a stop waits after the terminate signal, and again after the kill. */
    static final Duration STOP_WAIT = Duration.ofSeconds(5);

    /** What a start came to. */
    sealed interface Start {
        /** Running in process {@code pid}. */
        record Running(long pid) implements Start {}

        /** The process ended at once; {@code log} is what it wrote. */
        record Ended(String log) implements Start {}

        /** Nothing was started: process {@code pid} already runs the breaks. */
        record AlreadyRunning(long pid) implements Start {}
    }

    /**
     * One start or stop per profile at a time: threads of this program wait on the monitor, other
     * programs on the lock of {@code breaks-PROFILE.lock}. Without it two starts at once would both
     * find nothing running and both start, leaving one process no stop could reach.
     */
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final PidFile pidFile;
    private final Path log;
    private final Path lock;

    BackgroundBreaks(Path home, String profile) {
        this.pidFile = new PidFile(home.resolve("breaks-" + profile + ".pid"));
        this.log = home.resolve("breaks-" + profile + ".log");
        this.lock = home.resolve("breaks-" + profile + ".lock");
    }

    /** Runs {@code step} while no other start or stop for this profile runs, here or elsewhere. */
    private <T> T exclusively(Supplier<T> step) {
        Path key = lock.toAbsolutePath().normalize();
        synchronized (MONITORS.computeIfAbsent(key, path -> new Object())) {
            try {
                Files.createDirectories(key.getParent());
                try (FileChannel channel =
                                FileChannel.open(
                                        key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock held = channel.lock()) {
                    return step.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + key, e);
            }
        }
    }

    Path log() {
        return log;
    }

    Path pidFile() {
        return pidFile.path();
    }

    /** The process running the breaks, if one is; a pid file naming no such process is removed. */
    Optional<ProcessHandle> running() {
        Optional<ProcessHandle> process =
                pidFile.pid()
                        .flatMap(ProcessHandle::of)
                        .filter(ProcessHandle::isAlive)
                        .filter(BackgroundBreaks::isBreaks);
        if (process.isEmpty()) {
            pidFile.delete();
        }
        return process;
    }

    /**
     * Whether {@code process} runs unknot's breaks without input, as {@link #command} starts them;
     * where the system does not tell a process's arguments, it is taken to.
     */
    static boolean isBreaks(ProcessHandle process) {
        List<String> marks = List.of(MAIN_CLASS, "breaks", "--no-input");
        ProcessHandle.Info info = process.info();
        Optional<String[]> arguments = info.arguments();
        if (arguments.isPresent()) {
            return Arrays.asList(arguments.get()).containsAll(marks);
        }
        return info.commandLine()
                .map(line -> Arrays.asList(line.split("\\s+")).containsAll(marks))
                .orElse(true);
    }

    /**
     * Starts {@code unknot} with {@code arguments} in the background, with {@code environment}
     * added to this process's, and waits until it has written its first line or ended; unless one
     * already runs for the profile.
     */
    Start start(List<String> arguments, Map<String, String> environment) {
        return exclusively(
                () ->
                        running()
                                .<Start>map(process -> new Start.AlreadyRunning(process.pid()))
                                .orElseGet(() -> launch(arguments, environment)));
    }

    private Start launch(List<String> arguments, Map<String, String> environment) {
        Process process;
        long before;
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            before = Files.exists(log) ? Files.size(log) : 0;
            ProcessBuilder builder =
                    new ProcessBuilder(command(arguments))
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            // The class path goes through the environment: Java reads no more than the first 4096
            // bytes of another process's command line, and the words that tell this one for
            // unknot's breaks (isBreaks) come after it.
            builder.environment().put("CLASSPATH", classPath());
            process = builder.start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start unknot in the background", e);
        }
        pidFile.write(process.pid());
        Instant deadline = Instant.now().plus(START_WAIT);
        try {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    break;
                }
                if (written(before).contains(BreakLoop.HEADING)) {
                    process.waitFor(SETTLE.toMillis(), TimeUnit.MILLISECONDS);
                    break;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (process.isAlive()) {
            return new Start.Running(process.pid());
        }
        pidFile.delete();
        return new Start.Ended(written(before));
    }

    /**
     * Ends the process running the breaks: the terminate signal (the program closes its database on
     * the way out), then a kill if it has not ended in {@link #STOP_WAIT}. The id of the process
     * ended, or empty when none ran.
     */
    Optional<Long> stop() {
        return exclusively(this::end);
    }

    private Optional<Long> end() {
        Optional<ProcessHandle> process = running();
        process.ifPresent(
                running -> {
                    running.destroy();
                    if (!ended(running)) {
                        running.destroyForcibly();
                        ended(running);
                    }
                });
        pidFile.delete();
        return process.map(ProcessHandle::pid);
    }

    private static boolean ended(ProcessHandle process) {
        try {
            process.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /**
     * The command that runs unknot with {@code arguments} on this process's Java (with its class
     * path in {@code CLASSPATH}, so it works from the jar and from the tests), in a session of its
     * own where {@code setsid} is there, so closing the terminal does not end it.
     */
    static List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (Programs.onPath("setsid")) {
            command.add("setsid");
        }
        command.add(
                ProcessHandle.current()
                        .info()
                        .command()
                        .orElse(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString()));
        // A loop that mostly waits: the small collector and the quick compiler are plenty.
        command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m"));
        command.add(MAIN_CLASS);
        command.addAll(arguments);
        return command;
    }

    /** This process's class path with every entry absolute. */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** What the log holds after {@code offset}. */
    private String written(long offset) {
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(Math.min(offset, Files.size(log)));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }
}
