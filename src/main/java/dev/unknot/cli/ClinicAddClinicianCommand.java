package dev.unknot.cli;

import dev.unknot.account.Credentials;
import dev.unknot.care.Clinician;
import dev.unknot.intake.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code unknot clinic add-clinician}: makes a clinician's account in a clinic. The password is
 * typed twice (hidden at a terminal, or two lines on standard input), or read once from standard
 * input with {@code --password-stdin}; it is checked as sign-up checks it.
 */
@Command(
        name = "add-clinician",
        description =
                "Make a clinician's account in a clinic (the password is asked twice, or read from"
                        + " standard input with --password-stdin).")
final class ClinicAddClinicianCommand implements Callable<Integer> {
    @ParentCommand ClinicCommand clinic;

    @Spec CommandSpec spec;

    @Mixin ClinicCommand.DatabaseOption store;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Option(
            names = "--clinic",
            required = true,
            paramLabel = "NAME",
            description = "The clinic, as 'unknot clinic list' shows it.")
    String clinicName;

    @Option(
            names = "--username",
            required = true,
            paramLabel = "U",
            description = "The user name the clinician signs in with.")
    String username;

    @Option(
            names = "--name",
            required = true,
            paramLabel = "DISPLAY-NAME",
            description = "The name people see when they are asked for consent.")
    String displayName;

    @Option(
            names = "--password-stdin",
            description = "Read the password from the first line of standard input, once.")
    boolean passwordStdin;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String password = password(out);
        Clinician made =
                clinic.admin(store)
                        .addClinician(clinicName, new Credentials(username, password), displayName);
        out.println(
                "Made the clinician "
                        + made.displayName()
                        + " ("
                        + made.username()
                        + ") in '"
                        + made.clinic().name()
                        + "'. They sign in at /login; their list of people is at /clinician.");
        out.flush();
        return 0;
    }

    private String password(PrintWriter out) {
        java.io.Console terminal = System.console();
        if (!passwordStdin && clinic.console.interactive() && terminal != null) {
            String first = new String(terminal.readPassword("Password for %s: ", username));
            String again = new String(terminal.readPassword("The same password again: "));
            return same(first, again);
        }
        BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(clinic.console.in(), StandardCharsets.UTF_8));
        if (passwordStdin) {
            return line(in).orElseThrow(() -> noPassword());
        }
        out.println("Password for " + username + ", then the same again (one line each):");
        out.flush();
        String first = line(in).orElseThrow(() -> noPassword());
        String again = line(in).orElseThrow(() -> noPassword());
        return same(first, again);
    }

    private static String same(String first, String again) {
        if (!first.equals(again)) {
            throw new InvalidInputException(
                    "password", "the two passwords differ; type the same password twice");
        }
        return first;
    }

    private static Optional<String> line(BufferedReader in) {
        try {
            return Optional.ofNullable(in.readLine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInputException noPassword() {
        return new InvalidInputException("password", "no password was given on standard input");
    }
}
