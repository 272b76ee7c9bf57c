package dev.unknot.cli;

import dev.unknot.record.Imported;
import dev.unknot.record.PersonRecord;
import dev.unknot.record.RecordJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
        description = "Import a record exported with 'unknot export --format json'.")
final class ImportCommand implements Callable<Integer> {
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private final Services services;

    @Spec CommandSpec spec;

    @Mixin ProfileOptions store;

    @Parameters(paramLabel = "FILE", description = "The JSON file to import.")
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
        PersonRecord record =
                new RecordJson(
                                id ->
                                        services.knowledge()
                                                .exerciseLibrary()
                                                .exercise(id)
                                                .isPresent())
                        .read(json);
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
        spec.commandLine().getOut().flush();
        return 0;
    }
}
