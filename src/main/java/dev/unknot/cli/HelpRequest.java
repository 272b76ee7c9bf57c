package dev.unknot.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The pieces of {@code --help} and {@code unknot help} that picocli does not give every command by
 * itself.
 */
final class HelpRequest {
    private HelpRequest() {}

    /**
     * A {@code -h, --help} option for one subcommand. Built by hand rather than mixed in, so that
     * the one subcommand a normal run builds costs no reflection for it.
     */
    static OptionSpec option() {
        return OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .description("Show this help message and exit.")
                .build();
    }

    /**
     * Answers a failed {@code unknot help ...} (such as {@code unknot help nosuch}) with one line
     * and exit code 2; every other usage mistake goes to {@code usual}.
     */
    static CommandLine.IParameterExceptionHandler oneLineWhenHelpFails(
            CommandLine.IParameterExceptionHandler usual) {
        return (exception, args) -> {
            if (args.length == 0 || !args[0].equals("help")) {
                return usual.handleParseException(exception, args);
            }
            PrintWriter err = exception.getCommandLine().getErr();
            err.println("unknot: " + exception.getMessage() + " 'unknot help' lists the commands.");
            err.flush();
            return Cli.USER_ERROR;
        };
    }
}
