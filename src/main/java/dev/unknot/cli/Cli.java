package dev.unknot.cli;

import dev.unknot.store.StorageUnavailableException;
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

    public static CommandLine create(Services services, AssessCommand.Console console) {
        KnowledgeBase knowledge = services.knowledge();
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                if (type == AssessCommand.class) {
                    return (K) new AssessCommand(services, console);
                }
                if (type == LogCommand.class) {
                    return (K) new LogCommand(services, console);
                }
                if (type == DiaryCommand.class) {
                    return (K) new DiaryCommand(services);
                }
                if (type == TrendCommand.class) {
                    return (K) new TrendCommand(services);
                }
                if (type == ExportCommand.class) {
                    return (K) new ExportCommand(services);
                }
                if (type == ImportCommand.class) {
                    return (K) new ImportCommand(services);
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
            if (exception instanceof StorageUnavailableException) {
                err.println("unknot: " + exception.getMessage());
                err.println("unknot: nothing was changed. Check --db / UNKNOT_DB_URL.");
                err.flush();
                return USER_ERROR;
            }
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
    public static CommandLine system(Services services) {
        return create(services, AssessCommand.Console.system());
    }
}
