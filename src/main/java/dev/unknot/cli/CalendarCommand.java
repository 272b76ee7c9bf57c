package dev.unknot.cli;

import dev.unknot.calendar.BreakCalendar;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.pathway.Breaks;
import dev.unknot.pathway.ExercisePlans;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot calendar}: the break schedule and the plan's sessions as an iCalendar file for any
 * calendar app.
 */
@Command(
        name = "calendar",
        description =
                "Export the break schedule and the plan's sessions as an iCalendar (.ics) file.")
final class CalendarCommand implements Callable<Integer> {
    private final Services services;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Where to write the calendar (default: standard output).")
    Path output;

    CalendarCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Breaks breaks = services.breaks(store.database());
        ExercisePlans plans = services.plans(store.database());
        String profile = store.profile(services);
        Optional<ExercisePlan> plan = plans.personId(profile).flatMap(plans::current);
        String text =
                BreakCalendar.write(
                        new BreakCalendar(
                                        breaks.knowledge(),
                                        services.knowledge().exerciseLibrary()::exercise)
                                .calendar(
                                        profile,
                                        breaks.settings(profile),
                                        plan,
                                        breaks.today(),
                                        services.clock().instant()));
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.print(text);
            out.flush();
            return 0;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(
                    "output", "cannot write " + output + ": " + e.getMessage());
        }
        out.println(
                "Wrote "
                        + output
                        + ": "
                        + (breaks.settings(profile).enabled()
                                ? "the movement breaks"
                                : "no breaks (they are off)")
                        + (plan.isPresent()
                                ? " and the plan's sessions"
                                : ", no plan sessions (no individual plan)")
                        + ". Import it into your calendar app.");
        out.flush();
        return 0;
    }
}
