package dev.unknot.cli;

import dev.unknot.person.Person;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code unknot breaks stop}: ends the movement breaks that run in the background. */
@Command(name = "stop", description = "End the movement breaks that run in the background.")
final class BreaksStopCommand implements Callable<Integer> {
    @ParentCommand BreaksCommand parent;

    @Spec CommandSpec spec;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "Whose breaks (default: UNKNOT_PROFILE, or 'me').")
    String profile;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        String name =
                Person.checkName(profile != null ? profile : parent.services.config().profile());
        boolean stopped =
                new BackgroundBreaks(parent.services.config().home(), name).stop().isPresent();
        PrintWriter out = spec.commandLine().getOut();
        out.println(
                stopped ? "Movement breaks stopped." : "No movement breaks run in the background.");
        out.flush();
        return 0;
    }
}
