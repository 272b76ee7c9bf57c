package dev.unknot.cli;

import dev.unknot.pathway.Breaks;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code unknot breaks today}: the day's breaks in numbers. */
@Command(
        name = "today",
        description =
                "Today's breaks: taken, away, skipped, postponed, the longest stretch sitting.")
final class BreaksTodayCommand implements Callable<Integer> {
    @ParentCommand BreaksCommand parent;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        Breaks breaks = parent.services.breaks(store.database());
        String profile = store.profile(parent.services);
        PrintWriter out = spec.commandLine().getOut();
        out.print(
                new BreakText(breaks.knowledge(), breaks.zone())
                        .summary(breaks.summary(profile, breaks.today())));
        out.flush();
        return 0;
    }
}
