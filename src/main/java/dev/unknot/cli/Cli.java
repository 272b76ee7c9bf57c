package dev.unknot.cli;

import dev.unknot.intake.UnknotException;
import dev.unknot.store.StorageUnavailableException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds the {@code unknot} command line by hand: commands get their dependencies through a small
 * factory, and unknot's own failures ({@link UnknotException}) become a one-line message: exit code
 * 2 for what the caller can put right, 1 for the rest (never a stack trace). Every command answers
 * {@code --help} and {@code -h}; {@code unknot help COMMAND} describes one.
 */
public final class Cli {
    public static final int USER_ERROR = 2;

    /**
     * The width help is printed at, fixed so that the copies in the README and docs/cli.md stay
     * true.
     */
    static final int HELP_WIDTH = 100;

    private Cli() {}

    /** The whole command line, every subcommand. */
    public static CommandLine create(Services services, Console console) {
        return create(services, console, "");
    }

    /**
     * The command line for a run whose first argument is {@code first}: when it names a subcommand,
     * only that one is built (building all of them costs a start-up's worth of reflection).
     * Otherwise ({@code help}, {@code --help}, nothing) every subcommand and the {@code help}
     * command are built, so that help can list and describe them.
     */
    public static CommandLine create(Services services, Console console, String first) {
        Map<Class<?>, Supplier<Object>> commands = commands(services, console);
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory =
                new CommandLine.IFactory() {
                    @Override
                    public <K> K create(Class<K> type) throws Exception {
                        Supplier<Object> command = commands.get(type);
                        return command != null ? type.cast(command.get()) : defaults.create(type);
                    }
                };
        CommandLine commandLine = new CommandLine(new UnknotCommand(), factory);
        List<Class<?>> wanted =
                commands.keySet().stream()
                        .filter(type -> type.getAnnotation(Command.class).name().equals(first))
                        .toList();
        for (Class<?> type : wanted.isEmpty() ? commands.keySet() : wanted) {
            CommandLine subcommand = new CommandLine(commands.get(type).get(), factory);
            subcommand.getCommandSpec().addOption(HelpRequest.option());
            commandLine.addSubcommand(subcommand);
        }
        if (wanted.isEmpty()) {
            commandLine.addSubcommand(new CommandLine.HelpCommand());
        }
        return configure(commandLine);
    }

    private static Map<Class<?>, Supplier<Object>> commands(Services services, Console console) {
        Map<Class<?>, Supplier<Object>> commands = new LinkedHashMap<>();
        for (Map.Entry<Class<?>, Supplier<Object>> entry :
                List.<Map.Entry<Class<?>, Supplier<Object>>>of(
                        Map.entry(AssessCommand.class, () -> new AssessCommand(services, console)),
                        Map.entry(
                                SessionCommand.class, () -> new SessionCommand(services, console)),
                        Map.entry(PlanCommand.class, () -> new PlanCommand(services)),
                        Map.entry(LogCommand.class, () -> new LogCommand(services, console)),
                        Map.entry(DiaryCommand.class, () -> new DiaryCommand(services, console)),
                        Map.entry(TrendCommand.class, () -> new TrendCommand(services)),
                        Map.entry(
                                MeasureCommand.class, () -> new MeasureCommand(services, console)),
                        Map.entry(MeasuresCommand.class, () -> new MeasuresCommand(services)),
                        Map.entry(
                                WorkstationCommand.class,
                                () -> new WorkstationCommand(services, console)),
                        Map.entry(ExportCommand.class, () -> new ExportCommand(services)),
                        Map.entry(ImportCommand.class, () -> new ImportCommand(services)),
                        Map.entry(HandoutCommand.class, () -> new HandoutCommand(services)),
                        Map.entry(ClinicCommand.class, () -> new ClinicCommand(services, console)),
                        Map.entry(BreaksCommand.class, () -> new BreaksCommand(services, console)),
                        Map.entry(CalendarCommand.class, () -> new CalendarCommand(services)),
                        Map.entry(
                                SourcesCommand.class,
                                () -> new SourcesCommand(services.knowledge())),
                        Map.entry(RulesCommand.class, () -> new RulesCommand(services.knowledge())),
                        Map.entry(
                                ExplainCommand.class,
                                () -> new ExplainCommand(services.knowledge())),
                        Map.entry(ServeCommand.class, () -> new ServeCommand(services)))) {
            commands.put(entry.getKey(), entry.getValue());
        }
        return commands;
    }

    private static CommandLine configure(CommandLine commandLine) {
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUsageHelpWidth(HELP_WIDTH);
        commandLine.setParameterExceptionHandler(
                HelpRequest.oneLineWhenHelpFails(commandLine.getParameterExceptionHandler()));
        commandLine.setExecutionExceptionHandler(
                (exception, failed, parseResult) -> {
                    PrintWriter err = failed.getErr();
                    if (exception instanceof UnknotException failure) {
                        err.println("unknot: " + failure.shown());
                        if (failure instanceof StorageUnavailableException) {
                            err.println("unknot: nothing was changed. Check --db / UNKNOT_DB_URL.");
                        }
                        err.flush();
                        return failure.callersToFix() ? USER_ERROR : 1;
                    }
                    err.println(
                            "unknot: internal error ("
                                    + exception.getClass().getSimpleName()
                                    + "): "
                                    + exception.getMessage());
                    if (System.getenv("UNKNOT_DEBUG") != null) {
                        exception.printStackTrace(err);
                    }
                    err.flush();
                    return 1;
                });
        return commandLine;
    }

    /** The command line on the process's own standard streams. */
    public static CommandLine system(Services services, String... args) {
        return create(services, Console.system(), args.length > 0 ? args[0] : "");
    }
}
