package dev.unknot.cli;

import dev.unknot.record.Imported;
import dev.unknot.record.PersonRecord;
import dev.unknot.record.RecordCsv;
import dev.unknot.record.RecordJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot export}: a person's whole record as JSON (re-importable) or CSV (for spreadsheets).
 */
@Command(name = "export", description = "Export your whole record as JSON (for import) or CSV.")
final class ExportCommand implements Callable<Integer> {
    /** The export formats. */
    enum Format {
        json,
        csv
    }

    private final Services services;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "json",
            description = "json or csv (default json).")
    Format format;

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
        String text =
                format == Format.json
                        ? new RecordJson().write(record) + "\n"
                        : new RecordCsv().write(record);
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
