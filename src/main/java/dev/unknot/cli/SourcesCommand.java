package dev.unknot.cli;

import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Source;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code unknot sources}: the sources every recommendation cites by title, with the address of each
 * guideline, and what each supports. Ids and file names stay in the data.
 */
@Command(name = "sources", description = "List the sources unknot's advice rests on.")
final class SourcesCommand implements Callable<Integer> {
    private final KnowledgeBase knowledge;

    @Spec CommandSpec spec;

    SourcesCommand(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Source source : knowledge.sources()) {
            out.printf("%s%n", source.title());
            out.printf(
                    "      %s%n",
                    source.address()
                            .orElse("an article given to unknot as a reference (no address)"));
            source.supports().forEach(item -> out.printf("      - %s%n", item));
        }
        out.println();
        out.println(knowledge.disclaimer());
        out.flush();
        return 0;
    }
}
