package dev.unknot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code unknot serve} from the packaged jar as its own operating-system process, on a free port,
 * for tests that need the program exactly as it ships (several at once on one database).
 */
final class ServerProcess implements AutoCloseable {
    static final Path JAR = Path.of("target", "unknot.jar");

    private final Process process;
    private final URI address;

    private ServerProcess(Process process, URI address) {
        this.process = process;
        this.address = address;
    }

    /**
     * Starts {@code unknot serve --port 0} with these extra arguments and waits until it answers.
     */
    static ServerProcess start(Path home, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.add("serve");
        command.add("--port");
        command.add("0");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("UNKNOT_HOME", home.toString());
        Process process = builder.start();
        BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertThat(first).as("first line of unknot serve").startsWith("unknot is running: open ");
        URI address = URI.create(first.replaceAll(".*(http://[^ ]+/).*", "$1"));
        // keep draining its output so a full pipe never blocks the server
        Thread drain =
                new Thread(
                        () -> {
                            try {
                                while (out.readLine() != null) {
                                    // discarded
                                }
                            } catch (IOException ignored) {
                                // the process ended
                            }
                        });
        drain.setDaemon(true);
        drain.start();
        return new ServerProcess(process, address);
    }

    URI uri(String path) {
        return address.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
