package dev.unknot.cli;

import dev.unknot.fhir.FhirRecordWriter;
import dev.unknot.record.Imported;
import dev.unknot.record.PersonRecord;
import dev.unknot.record.RecordCsv;
import dev.unknot.record.RecordJson;
import dev.unknot.report.HandoutPdf;
import dev.unknot.report.PaperSize;
import dev.unknot.report.PlanHandouts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot export}: a person's whole record as JSON (re-importable), CSV (for spreadsheets) or
 * a FHIR R4 Bundle (re-importable; for other health software, see {@code docs/fhir.md}).
 */
@Command(
        name = "export",
        description =
                "Export your whole record as JSON (for import), CSV or FHIR (a FHIR R4 Bundle).")
final class ExportCommand implements Callable<Integer> {
    /** The export formats. */
    enum Format {
        json,
        csv,
        fhir
    }

    private final Services services;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "json",
            description = "json, csv or fhir (default json).")
    Format format;

    @Option(
            names = "--with-plan-pdf",
            description =
                    "With --format fhir: add the printed plan (A4 PDF) as a DocumentReference.")
    boolean withPlanPdf;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output.")
    Path output;

    ExportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PersonRecord record = services.records(store.database()).export(store.profile(services));
        if (withPlanPdf && format != Format.fhir) {
            throw new UsageProblem("--with-plan-pdf: only with --format fhir");
        }
        String text =
                switch (format) {
                    case json -> new RecordJson().write(record) + "\n";
                    case csv -> new RecordCsv().write(record);
                    case fhir -> fhir(record) + "\n";
                };
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return 0;
        }
        try {
            Path temporary =
                    Files.createTempFile(
                            output.toAbsolutePath().getParent(), ".unknot-export", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(
                    temporary,
                    output,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UsageProblem("--output: cannot write " + output + ": " + e.getMessage());
        }
        spec.commandLine().getErr().println("Exported " + counted(record) + " to " + output + ".");
        return 0;
    }

    private String fhir(PersonRecord record) {
        FhirRecordWriter writer =
                new FhirRecordWriter(
                        services.knowledge(), services.measures(), services.assessor());
        Optional<byte[]> pdf = Optional.empty();
        if (withPlanPdf) {
            PlanHandouts.Outcome outcome =
                    new PlanHandouts(
                                    services.knowledge(),
                                    services.assessor(),
                                    services.plans(store.database()),
                                    services.clock())
                            .forProfile(record.profile(), record.profile(), services.helpRegion());
            if (outcome instanceof PlanHandouts.Outcome.Printed printed) {
                pdf =
                        Optional.of(
                                new HandoutPdf(services.clock())
                                        .render(printed.handout(), PaperSize.A4));
            }
        }
        return writer.json(writer.write(record, pdf));
    }

    /** Every kind in the record, counted in words: "3 diary entries, 1 guided session, ...". */
    static String counted(PersonRecord record) {
        List<String> counts =
                Imported.of(record).stream()
                        .map(count -> count.kind().count(count.total()))
                        .toList();
        return String.join(", ", counts.subList(0, counts.size() - 1))
                + " and "
                + counts.get(counts.size() - 1);
    }
}
