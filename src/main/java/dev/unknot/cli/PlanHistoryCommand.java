package dev.unknot.cli;

import dev.unknot.exercise.ExercisePlan;
import dev.unknot.pathway.ExercisePlans;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code unknot plan history}: every version of the plan, newest first, with why it changed. */
@Command(
        name = "history",
        description = "Every version of your plan, newest first, and why it changed.")
final class PlanHistoryCommand implements Callable<Integer> {
    @ParentCommand PlanCommand parent;

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
        ExercisePlans plans = services.plans(store.database());
        String profile = store.profile(services);
        PrintWriter out = spec.commandLine().getOut();
        List<ExercisePlan> history = plans.personId(profile).map(plans::history).orElse(List.of());
        if (history.isEmpty()) {
            out.println("No individual plan for '" + profile + "' yet.");
        } else {
            new PlanText(plans::exercise, color.style(), services.clock().getZone())
                    .history(out, history);
        }
        out.flush();
        return 0;
    }
}
