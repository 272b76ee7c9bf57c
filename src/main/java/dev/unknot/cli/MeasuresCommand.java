package dev.unknot.cli;

import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.StoredMeasure;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code unknot measures}: the stored outcome-measure results as a table, oldest first. */
@Command(
        name = "measures",
        description = "Show the stored outcome-measure results (unknot measure ...).")
final class MeasuresCommand implements Callable<Integer> {
    private final Services services;

    @Spec CommandSpec spec;

    @Option(
            names = "--instrument",
            paramLabel = "ID",
            description = "Only this measure: nprs, odi, rmdq or startback.")
    String instrument;

    @Mixin ProfileOptions store;

    @Mixin ColorOption color;

    MeasuresCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        String only =
                instrument == null
                        ? null
                        : services.measures()
                                .find(instrument)
                                .orElseThrow(
                                        () ->
                                                new UsageProblem(
                                                        "unknown measure '"
                                                                + instrument
                                                                + "'; choose one of: "
                                                                + services.measures().ids()))
                                .id();
        String profile = store.profile(services);
        List<MeasureLog> shown =
                services.measureService(store.database()).results(profile).stream()
                        .map(StoredMeasure::result)
                        .filter(
                                result ->
                                        only == null
                                                || result.instrument()
                                                        .toLowerCase(Locale.ROOT)
                                                        .equals(only))
                        .toList();
        PrintWriter out = spec.commandLine().getOut();
        out.print(new MeasureText(color.style()).table(shown));
        out.flush();
        return 0;
    }
}
