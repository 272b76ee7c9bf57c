package dev.unknot.cli;

import dev.unknot.knowledge.HelpRegion;
import dev.unknot.knowledge.HelpRegions;
import dev.unknot.report.Handout;
import dev.unknot.report.HandoutPdf;
import dev.unknot.report.PaperSize;
import dev.unknot.report.PlanHandouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot handout}: the plan of the latest saved assessment as a PDF to print: each step with
 * its picture and dose, a week to tick off, the pain rule, the stop signs, where to get help and
 * the sources ({@link HandoutPdf}).
 */
@Command(
        name = "handout",
        description = {
            "Write your plan as a PDF to print (pictures, doses, tick table, stop signs, help).",
            "Uses the plan of your latest 'unknot assess --save'."
        })
final class HandoutCommand implements Callable<Integer> {
    private final Services services;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            required = true,
            description = "The PDF file to write, e.g. plan.pdf.")
    Path output;

    @Option(
            names = "--paper",
            paramLabel = "PAPER",
            defaultValue = "a4",
            description = "a4 or letter (default a4).")
    String paper;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            description =
                    "Whose emergency and urgent numbers it gives: uk, eu or us (default: UNKNOT_REGION, or uk).")
    String region;

    HandoutCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PaperSize size =
                PaperSize.named(paper)
                        .orElseThrow(
                                () ->
                                        new UsageProblem(
                                                "--paper: must be "
                                                        + PaperSize.codes()
                                                        + ", was '"
                                                        + paper
                                                        + "'"));
        HelpRegion helpRegion = helpRegion();
        String profile = store.profile(services);
        PlanHandouts.Outcome outcome =
                new PlanHandouts(
                                services.knowledge(),
                                services.assessor(),
                                services.plans(store.database()),
                                services.clock())
                        .forProfile(profile, profile, helpRegion);
        if (outcome instanceof PlanHandouts.Outcome.Nothing nothing) {
            throw new UsageProblem(
                    "--profile: nothing to print for '"
                            + profile
                            + "': "
                            + nothing.why()
                            + " (run `unknot assess --save`, or see `unknot assess` for what to do)");
        }
        Handout handout = ((PlanHandouts.Outcome.Printed) outcome).handout();
        write(new HandoutPdf(services.clock()).render(handout, size));
        spec.commandLine()
                .getErr()
                .println(
                        "Wrote the plan of '"
                                + profile
                                + "' ("
                                + size.code()
                                + ") to "
                                + output
                                + ".");
        return 0;
    }

    private HelpRegion helpRegion() {
        String wanted = region != null ? region : services.config().region();
        HelpRegions regions = HelpRegions.load(services.knowledge());
        return regions.find(wanted)
                .orElseThrow(
                        () ->
                                new UsageProblem(
                                        (region != null ? "--region" : "UNKNOT_REGION")
                                                + ": must be one of "
                                                + String.join(", ", regions.ids())
                                                + ", was '"
                                                + wanted
                                                + "'"));
    }

    /** Writes beside the target first, so a failure never leaves half a PDF behind. */
    private void write(byte[] pdf) {
        try {
            Path temporary =
                    Files.createTempFile(
                            output.toAbsolutePath().getParent(), ".unknot-handout", ".tmp");
            try {
                Files.write(temporary, pdf);
                Files.move(
                        temporary,
                        output,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UsageProblem("--output: cannot write " + output + ": " + e.getMessage());
        }
    }
}
