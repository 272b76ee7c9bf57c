package dev.unknot.app;

import dev.unknot.assessment.Assessor;
import dev.unknot.cli.Cli;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.KnowledgeException;

/** The entry point of the {@code unknot} jar: wires the knowledge base, the core and the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        KnowledgeBase knowledge;
        try {
            knowledge = KnowledgeBase.load();
        } catch (KnowledgeException e) {
            System.err.println("unknot: broken knowledge base: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.exit(Cli.system(knowledge, new Assessor(knowledge)).execute(args));
    }
}
