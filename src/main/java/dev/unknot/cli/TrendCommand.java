package dev.unknot.cli;

import dev.unknot.followup.Trend;
import dev.unknot.intake.InvalidInputException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot trend}: a chart of pain by day with sessions marked, movement breaks per day, and
 * the 14-day verdict.
 */
@Command(
        name = "trend",
        description =
                "Chart pain by day, with guided sessions marked, movement breaks per day and the 14-day verdict.")
final class TrendCommand implements Callable<Integer> {
    private final Services services;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = "--days",
            paramLabel = "N",
            defaultValue = "28",
            description = "How many days to show, 7-90 (default 28).")
    int days;

    @picocli.CommandLine.Mixin ColorOption color;

    TrendCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        if (days < 7 || days > 90) {
            throw new InvalidInputException(
                    "days", "must be a whole number from 7 to 90, was " + days);
        }
        Trend trend = services.followUp(store.database()).trend(store.profile(services), days);
        PrintWriter out = spec.commandLine().getOut();
        out.print(
                TrendChart.render(
                        trend.from(),
                        trend.to(),
                        trend.entries(),
                        services.breaks(store.database())
                                .movedPerDay(store.profile(services), trend.from(), trend.to())));
        out.print(new FollowUpText(color.style(), services.knowledge()).verdict(trend.verdict()));
        out.flush();
        return 0;
    }
}
