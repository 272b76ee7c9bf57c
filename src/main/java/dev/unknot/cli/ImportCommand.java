package dev.unknot.cli;

import dev.unknot.fhir.FhirRead;
import dev.unknot.fhir.FhirRecordReader;
import dev.unknot.fhir.Skipped;
import dev.unknot.record.Imported;
import dev.unknot.record.PersonRecord;
import dev.unknot.record.RecordJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unknot import FILE}: adds a record exported as JSON; all of it, or nothing if any part is
 * invalid. Items already there (the same export imported again) are skipped, and the counts say so
 * kind by kind.
 */
@Command(
        name = "import",
        description =
                "Import a record exported with 'unknot export --format json' or a FHIR R4 Bundle"
                        + " ('unknot export --format fhir').")
final class ImportCommand implements Callable<Integer> {
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private final Services services;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Parameters(
            paramLabel = "FILE",
            description = "The JSON file to import: an unknot record or a FHIR Bundle.")
    Path file;

    ImportCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        String json;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UsageProblem("FILE: " + file + " is larger than " + MAX_BYTES + " bytes");
            }
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageProblem("FILE: file not found: " + file);
        } catch (IOException e) {
            throw new UsageProblem("FILE: cannot read " + file + ": " + e.getMessage());
        }
        List<Skipped> skipped = List.of();
        PersonRecord record;
        if (looksLikeFhir(json)) {
            FhirRead read =
                    new FhirRecordReader(
                                    services.knowledge(), services.measures(), services.assessor())
                            .read(FhirRecordReader.parse(json));
            record = read.record();
            skipped = read.skipped();
        } else {
            record =
                    new RecordJson(
                                    id ->
                                            services.knowledge()
                                                    .exerciseLibrary()
                                                    .exercise(id)
                                                    .isPresent())
                            .read(json);
        }
        String profile =
                store.profile == null
                        ? dev.unknot.person.Person.checkName(record.profile())
                        : store.profile(services);
        Imported imported = services.records(store.database()).importNew(profile, record);
        PrintWriter out = spec.commandLine().getOut();
        out.println(
                imported.added() == 0
                        ? "Nothing new: everything in " + file + " is already in '" + profile + "'."
                        : "Imported into '" + profile + "':");
        for (Imported.Count count : imported.counts()) {
            out.println(
                    "  "
                            + count.kind().count(count.total())
                            + ": "
                            + count.added()
                            + " new, "
                            + count.alreadyThere()
                            + " already there");
        }
        if (!skipped.isEmpty()) {
            out.println("  skipped: " + skipped(skipped));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** "3 resources (Encounter 1, Questionnaire 2)": every kind of resource not imported. */
    static String skipped(List<Skipped> skipped) {
        java.util.Map<String, Integer> byType = new java.util.TreeMap<>();
        skipped.forEach(one -> byType.merge(one.type(), 1, Integer::sum));
        return skipped.size()
                + (skipped.size() == 1 ? " resource (" : " resources (")
                + String.join(
                        ", ",
                        byType.entrySet().stream()
                                .map(type -> type.getKey() + " " + type.getValue())
                                .toList())
                + ")";
    }

    /**
     * Whether the file is FHIR: a JSON object with a {@code resourceType} (unknot's own format has
     * none); anything but a Bundle is then refused by the FHIR reader, naming the field. Text that
     * is not JSON is left to the record reader, which says so.
     */
    private static boolean looksLikeFhir(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(json)
                    .has("resourceType");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }
}
