package dev.unknot.app;

import dev.unknot.assessment.Assessor;
import dev.unknot.cli.Cli;
import dev.unknot.cli.Services;
import dev.unknot.config.Config;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.KnowledgeException;
import java.time.Clock;

/** The entry point of the {@code unknot} jar: wires the knowledge base, the core and the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        KnowledgeBase knowledge;
        Config config;
        try {
            knowledge = KnowledgeBase.load();
            config = Config.system();
        } catch (KnowledgeException e) {
            System.err.println("unknot: broken knowledge base: " + e.getMessage());
            System.exit(1);
            return;
        } catch (InvalidInputException e) {
            System.err.println("unknot: UNKNOT_DB_URL: " + e.getMessage());
            System.exit(2);
            return;
        }
        int exitCode;
        try (Services services = new Services(knowledge, new Assessor(knowledge), config, Clock.systemDefaultZone())) {
            exitCode = Cli.system(services).execute(args);
        }
        System.exit(exitCode);
    }
}
