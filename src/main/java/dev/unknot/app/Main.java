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
}
