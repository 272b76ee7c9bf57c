package dev.unknot.app;

import dev.unknot.cli.Cli;
import dev.unknot.cli.Services;
import dev.unknot.config.Config;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.KnowledgeException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/** The entry point of the {@code unknot} jar: wires the knowledge base, the core and the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // The knowledge base loads on its own thread while the command line is being built.
        CompletableFuture<KnowledgeBase> knowledge = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                knowledge.complete(KnowledgeBase.load());
            } catch (RuntimeException e) {
                knowledge.completeExceptionally(e);
            }
        }, "knowledge-loader");
        loader.setDaemon(true);
        loader.start();
        Config config;
        try {
            config = Config.system();
        } catch (InvalidInputException e) {
            System.err.println("unknot: UNKNOT_DB_URL: " + e.getMessage());
            System.exit(2);
            return;
        }
        int exitCode;
        try (Services services = Services.loading(knowledge, config, Clock.systemDefaultZone())) {
            exitCode = Cli.system(services, args).execute(args);
        } catch (KnowledgeException e) {
            // Building a command that needs the knowledge base waits for it, outside picocli's handler.
            System.err.println("unknot: broken knowledge base: " + e.getMessage());
            exitCode = 1;
        }
        System.exit(exitCode);
    }
}
