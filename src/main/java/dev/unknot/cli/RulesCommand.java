package dev.unknot.cli;

import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Rule;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code unknot rules}: the triage rule table, most serious first within the policy's order. */
@Command(name = "rules", description = "Print the triage rule table.")
final class RulesCommand implements Callable<Integer> {
    private final KnowledgeBase knowledge;

    @Spec CommandSpec spec;

    RulesCommand(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-4s  %-15s  %-46s  %s%n", "RULE", "DISPOSITION", "WHEN", "SOURCES");
        for (Rule rule : knowledge.rules()) {
            out.printf(
                    "%-4s  %-15s  %-46s  %s%n",
                    rule.id(),
                    knowledge.text(rule.disposition()).label(),
                    rule.name(),
                    String.join(", ", rule.sources()));
        }
        out.println();
        out.println("unknot explain RULE shows one rule in full. " + knowledge.disclaimer());
        out.flush();
        return 0;
    }
}
