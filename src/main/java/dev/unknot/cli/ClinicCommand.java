package dev.unknot.cli;

import dev.unknot.clinic.ClinicAdmin;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code unknot clinic}: for whoever runs the service, clinics and clinician accounts ({@code
 * create}, {@code add-clinician}, {@code list}). Clinicians are made only here, never by sign-up.
 */
@Command(
        name = "clinic",
        description =
                "For whoever runs the service: make clinics and clinician accounts ('clinic create',"
                        + " 'clinic add-clinician', 'clinic list').",
        subcommands = {
            ClinicCreateCommand.class,
            ClinicAddClinicianCommand.class,
            ClinicListCommand.class
        })
final class ClinicCommand implements Callable<Integer> {
    final Services services;
    final Console console;

    @Spec CommandSpec spec;

    ClinicCommand(Services services, Console console) {
        this.services = services;
        this.console = console;
    }

    /** The {@code --db} option of every clinic command. */
    static final class DatabaseOption {
        @Option(
                names = "--db",
                paramLabel = "URL",
                description =
                        "Database: a jdbc:h2: or jdbc:postgresql: URL (default: UNKNOT_DB_URL, or an H2 file in ~/.unknot).")
        String database;

        Optional<String> database() {
            return Optional.ofNullable(database);
        }
    }

    ClinicAdmin admin(DatabaseOption option) {
        return services.clinicAdmin(option.database());
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(spec.commandLine().getUsageMessage());
        out.flush();
        return 0;
    }
}
