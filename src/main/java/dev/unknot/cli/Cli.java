package dev.unknot.cli;

import dev.unknot.assessment.Assessor;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.KnowledgeBase;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds the {@code unknot} command line by hand: commands get their dependencies through a small
 * factory, and user mistakes become a one-line message with exit code 2 (never a stack trace).
 */
public final class Cli {
    public static final int USER_ERROR = 2;

    private Cli() {
    }

    public static CommandLine create(KnowledgeBase knowledge, Assessor assessor, AssessCommand.Console console) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                if (type == AssessCommand.class) {
                    return (K) new AssessCommand(knowledge, assessor, console);
                }
                if (type == SourcesCommand.class) {
                    return (K) new SourcesCommand(knowledge);
                }
                if (type == RulesCommand.class) {
                    return (K) new RulesCommand(knowledge);
                }
                if (type == ExplainCommand.class) {
                    return (K) new ExplainCommand(knowledge);
                }
                return defaults.create(type);
            }
        };
        CommandLine commandLine = new CommandLine(new UnknotCommand(), factory);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            PrintWriter err = failed.getErr();
            if (exception instanceof InvalidInputException || exception instanceof UsageProblem) {
                err.println("unknot: " + exception.getMessage());
                err.flush();
                return USER_ERROR;
            }
            err.println("unknot: internal error (" + exception.getClass().getSimpleName() + "): " + exception.getMessage());
            if (System.getenv("UNKNOT_DEBUG") != null) {
                exception.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return commandLine;
    }

    /** The command line on the process's own standard streams. */
    public static CommandLine system(KnowledgeBase knowledge, Assessor assessor) {
        return create(knowledge, assessor, AssessCommand.Console.system());
    }
}
