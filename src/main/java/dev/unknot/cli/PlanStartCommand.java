package dev.unknot.cli;

import dev.unknot.exercise.Author;
import dev.unknot.exercise.PlanChange;
import dev.unknot.exercise.PlanProblem;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.pathway.ExercisePlans;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code unknot plan start}: for a person on their own, an individual plan from the one unknot made
 * for the saved answers; with {@code --strength}, the gentle strengthening programme added once the
 * knot has settled. A refusal says why and exits with 2.
 */
@Command(
        name = "start",
        description = {
            "Start your individual plan from unknot's plan for your saved answers;",
            "--strength adds gentle strengthening once the knot has settled."
        })
final class PlanStartCommand implements Callable<Integer> {
    @ParentCommand PlanCommand parent;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Mixin ColorOption color;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Option(
            names = "--strength",
            description = "Add the strengthening exercises (only once the knot has settled).")
    boolean strength;

    @Override
    public Integer call() {
        Services services = parent.services;
        ExercisePlans plans = services.plans(store.database());
        String profile = store.profile(services);
        long personId =
                plans.personId(profile)
                        .orElseThrow(
                                () ->
                                        new UsageProblem(
                                                "no saved answers for the profile '"
                                                        + profile
                                                        + "': run `unknot assess --save` first"));
        if (plans.refusal(personId).isPresent()) {
            throw new UsageProblem(
                    "your saved answers rule a self-care plan out now: run `unknot assess` to see"
                            + " what to do");
        }
        PlanChange change =
                strength
                        ? plans.startStrength(personId)
                        : plans.fromGenerated(personId, Author.UNKNOT);
        if (change instanceof PlanChange.Refused refused) {
            PlanProblem first = refused.problems().get(0);
            throw new InvalidInputException(first.field(), first.words());
        }
        PrintWriter out = spec.commandLine().getOut();
        var plan = ((PlanChange.Saved) change).plan();
        out.println("Saved as version " + plan.version() + " of your plan.");
        new PlanText(plans::exercise, color.style(), services.clock().getZone()).current(out, plan);
        out.flush();
        return 0;
    }
}
