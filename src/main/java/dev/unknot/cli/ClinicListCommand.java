package dev.unknot.cli;

import dev.unknot.care.Clinician;
import dev.unknot.clinic.ClinicAdmin;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code unknot clinic list}: every clinic with its clinicians. */
@Command(name = "list", description = "List the clinics and their clinicians.")
final class ClinicListCommand implements Callable<Integer> {
    @ParentCommand ClinicCommand clinic;

    @Spec CommandSpec spec;

    @Mixin ClinicCommand.DatabaseOption store;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Override
    public Integer call() {
        List<ClinicAdmin.ClinicStaff> clinics = clinic.admin(store).list();
        PrintWriter out = spec.commandLine().getOut();
        if (clinics.isEmpty()) {
            out.println("No clinics yet. Make one: unknot clinic create NAME");
        }
        for (ClinicAdmin.ClinicStaff staff : clinics) {
            out.println(staff.clinic().name());
            if (staff.clinicians().isEmpty()) {
                out.println("  (no clinicians yet)");
            }
            for (Clinician clinician : staff.clinicians()) {
                out.println("  " + clinician.displayName() + " (" + clinician.username() + ")");
            }
        }
        out.flush();
        return 0;
    }
}
