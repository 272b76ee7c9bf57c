package dev.unknot.cli;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.pathway.Breaks;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code unknot breaks history}: every break of the last days, one line each. */
@Command(name = "history", description = "The breaks of the last days, one line each.")
final class BreaksHistoryCommand implements Callable<Integer> {
    @ParentCommand BreaksCommand parent;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Option(
            names = "--days",
            paramLabel = "N",
            defaultValue = "7",
            description = "How many days, 1-90 (default 7).")
    int days;

    @Override
    public Integer call() {
        if (days < 1 || days > 90) {
            throw new InvalidInputException(
                    "days", "must be a whole number from 1 to 90, was " + days);
        }
        Breaks breaks = parent.services.breaks(store.database());
        String profile = store.profile(parent.services);
        LocalDate today = breaks.today();
        PrintWriter out = spec.commandLine().getOut();
        out.print(
                new BreakText(breaks.knowledge(), breaks.zone())
                        .history(breaks.history(profile, today.minusDays(days - 1L), today)));
        out.flush();
        return 0;
    }
}
