package dev.unknot.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code unknot workstation history}: every workstation check, oldest first, with its score. */
@Command(
        name = "history",
        description = "Every workstation check you took, oldest first, with its score.")
final class WorkstationHistoryCommand implements Callable<Integer> {
    @ParentCommand WorkstationCommand parent;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Mixin ColorOption color;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        Services services = parent.services;
        String profile = store.profile(services);
        PrintWriter out = spec.commandLine().getOut();
        WorkstationText text = new WorkstationText(color.style(), services.clock().getZone());
        out.print(
                text.history(
                        services.workstation(store.database()).history(profile),
                        services.checklist()));
        services.workstation(store.database())
                .latest(profile)
                .flatMap(taken -> taken.comparison())
                .ifPresent(comparison -> out.print(text.comparison(comparison)));
        out.flush();
        return 0;
    }
}
