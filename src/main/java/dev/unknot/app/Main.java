package dev.unknot.app;

import dev.unknot.cli.Cli;
import dev.unknot.config.Config;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.KnowledgeException;

/**
 * The entry point of the {@code unknot} jar: builds the program ({@link App}) and runs the command
 * line on it.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        loopbackOnlyDatabaseServer();
        Config config;
        try {
            config = Config.system();
        } catch (InvalidInputException e) {
            System.err.println("unknot: UNKNOT_DB_URL: " + e.getMessage());
            System.exit(2);
            return;
        }
        int exitCode;
        try (App app = App.start(App.Settings.of(config))) {
            exitCode = Cli.system(app, args).execute(args);
        } catch (KnowledgeException e) {
            // Building a command that needs the knowledge base waits for it, outside picocli's
            // handler.
            System.err.println("unknot: " + e.shown());
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    /**
     * When several unknot processes share one H2 file ({@code AUTO_SERVER}), the first serves it to
     * the others over TCP; H2 would listen on every interface. Health records have no business on
     * the network, so it listens on the loopback address only (unless the person set otherwise).
     */
    static void loopbackOnlyDatabaseServer() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }
}
