package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @Test
    void portOutOfRangeIsAUserError() {
        CliRun run = CliRun.run("serve", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port", "0 to 65535").doesNotContain("Exception");
    }

    @Test
    void portThatIsNotANumberIsAUserError() {
        CliRun run = CliRun.run("serve", "--port", "web");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--port");
    }

    @Test
    void portInUseIsAUserErrorNamingIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run =
                    CliRun.run(
                            "serve",
                            "--db",
                            "jdbc:h2:mem:serve-test",
                            "--port",
                            String.valueOf(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void anAccessLogThatCannotBeAFileIsAUserError(@TempDir Path dir) throws IOException {
        Path aFile = Files.writeString(dir.resolve("plain-file"), "x");

        CliRun underAFile =
                CliRun.run(
                        "serve",
                        "--db",
                        "jdbc:h2:mem:serve-log",
                        "--port",
                        "0",
                        "--access-log",
                        aFile.resolve("access.log").toString());
        CliRun badName =
                CliRun.run(
                        "serve",
                        "--db",
                        "jdbc:h2:mem:serve-log",
                        "--port",
                        "0",
                        "--access-log",
                        "access\u0000.log");

        for (CliRun run : new CliRun[] {underAFile, badName}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--access-log").doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void aRegionUnknotDoesNotKnowIsAUserErrorNamingTheOnesItDoes() {
        CliRun run =
                CliRun.run(
                        "serve",
                        "--db",
                        "jdbc:h2:mem:serve-region",
                        "--port",
                        "0",
                        "--access-log",
                        "off",
                        "--region",
                        "mars");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("--region", "uk, eu, us", "'mars'")
                .doesNotContain("Exception");
    }
}
