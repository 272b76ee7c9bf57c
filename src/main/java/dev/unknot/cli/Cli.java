package dev.unknot.cli;

import dev.unknot.store.StorageUnavailableException;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.KnowledgeBase;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;
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
        Map<Class<?>, Supplier<Object>> commands = Map.ofEntries(
                Map.entry(AssessCommand.class, () -> new AssessCommand(services, console)),
                Map.entry(SessionCommand.class, () -> new SessionCommand(services, console)),
                Map.entry(LogCommand.class, () -> new LogCommand(services, console)),
                Map.entry(DiaryCommand.class, () -> new DiaryCommand(services)),
                Map.entry(TrendCommand.class, () -> new TrendCommand(services)),
                Map.entry(ExportCommand.class, () -> new ExportCommand(services)),
                Map.entry(ImportCommand.class, () -> new ImportCommand(services)),
                Map.entry(SourcesCommand.class, () -> new SourcesCommand(knowledge)),
                Map.entry(RulesCommand.class, () -> new RulesCommand(knowledge)),
                Map.entry(ExplainCommand.class, () -> new ExplainCommand(knowledge)));
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                Supplier<Object> command = commands.get(type);
                return command != null ? type.cast(command.get()) : defaults.create(type);
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
