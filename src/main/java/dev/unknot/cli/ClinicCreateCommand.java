package dev.unknot.cli;

import dev.unknot.care.Clinic;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code unknot clinic create NAME}: makes a clinic. */
@Command(name = "create", description = "Make a clinic.")
final class ClinicCreateCommand implements Callable<Integer> {
    @ParentCommand ClinicCommand clinic;

    @Spec CommandSpec spec;

    @Mixin ClinicCommand.DatabaseOption store;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "NAME", description = "The clinic's name, as people will see it.")
    String name;

    @Override
    public Integer call() {
        Clinic made = clinic.admin(store).create(name);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Made the clinic '" + made.name() + "'.");
        out.println(
                "Add a clinician: unknot clinic add-clinician --clinic \""
                        + made.name()
                        + "\" --username NAME --name \"Display Name\"");
        out.flush();
        return 0;
    }
}
