package dev.unknot.cli;

import dev.unknot.exercise.ExercisePlan;
import dev.unknot.pathway.ExercisePlans;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code unknot plan}: the current version of your individual exercise plan, in words. */
@Command(
        name = "plan",
        description =
                "Show your individual exercise plan; 'plan history' shows what changed and why.",
        subcommands = {PlanHistoryCommand.class, PlanStartCommand.class})
final class PlanCommand implements Callable<Integer> {
    final Services services;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Mixin ColorOption color;

    PlanCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        ExercisePlans plans = services.plans(store.database());
        String profile = store.profile(services);
        PrintWriter out = spec.commandLine().getOut();
        Optional<ExercisePlan> current = plans.personId(profile).flatMap(plans::current);
        if (current.isEmpty()) {
            out.println(
                    "No individual plan for '"
                            + profile
                            + "' yet. A clinician can write one; until then `unknot session`"
                            + " follows the plan of your latest `unknot assess --save`.");
            out.flush();
            return 0;
        }
        PlanText text = new PlanText(plans::exercise, color.style(), services.clock().getZone());
        text.current(out, current.get());
        text.suggestions(out, plans.suggestions(current.get().personId()));
        out.flush();
        return 0;
    }
}
