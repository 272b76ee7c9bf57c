package dev.unknot.clinic;

import dev.unknot.account.AccountService;
import dev.unknot.account.Credentials;
import dev.unknot.account.Role;
import dev.unknot.care.Clinic;
import dev.unknot.care.Clinician;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.store.Database;
import java.time.Clock;
import java.util.List;

/**
 * What whoever runs the service does for clinicians (the {@code unknot clinic} commands): make a
 * clinic, make a clinician's account in one, list them. Clinician accounts are made only here,
 * never by sign-up: the role is vouched for by the administrator. Thread-safe.
 */
public final class ClinicAdmin {
    static final int MAX_NAME = 100;

    private final Database database;
    private final AccountService accounts;
    private final Clock clock;

    public ClinicAdmin(Database database, AccountService accounts, Clock clock) {
        this.database = database;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A clinic and its clinicians. */
    public record ClinicStaff(Clinic clinic, List<Clinician> clinicians) {
        public ClinicStaff {
            clinicians = List.copyOf(clinicians);
        }
    }

    /** Makes a clinic; a name already taken is refused. */
    public Clinic create(String name) {
        String checked = name("name", name);
        return database.inTransaction(
                tx -> {
                    if (tx.clinics().find(checked).isPresent()) {
                        throw new InvalidInputException(
                                "name", "there is already a clinic named '" + checked + "'");
                    }
                    return tx.clinics().create(checked, clock.instant());
                });
    }

    /**
     * Makes a clinician's account (checked as sign-up checks it) in the named clinic, in one
     * transaction: an unknown clinic or a taken user name leaves nothing behind.
     */
    public Clinician addClinician(String clinicName, Credentials credentials, String displayName) {
        String clinic = name("clinic", clinicName);
        String shown = name("name", displayName);
        return accounts.create(
                credentials,
                Role.CLINICIAN,
                (tx, account) -> {
                    Clinic found =
                            tx.clinics()
                                    .find(clinic)
                                    .orElseThrow(
                                            () ->
                                                    new InvalidInputException(
                                                            "clinic",
                                                            "there is no clinic named '"
                                                                    + clinic
                                                                    + "'; make it with 'unknot clinic create'"));
                    tx.clinics().addClinician(account.personId(), found, shown);
                    return new Clinician(account.personId(), account.username(), shown, found);
                });
    }

    /** Every clinic by name, each with its clinicians. */
    public List<ClinicStaff> list() {
        return database.inTransaction(
                tx ->
                        tx.clinics().all().stream()
                                .map(
                                        clinic ->
                                                new ClinicStaff(
                                                        clinic, tx.clinics().clinicians(clinic)))
                                .toList());
    }

    private static String name(String field, String value) {
        String stripped = value.strip();
        if (stripped.isEmpty()
                || stripped.length() > MAX_NAME
                || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(
                    field, "must be 1 to " + MAX_NAME + " characters, without control characters");
        }
        return stripped;
    }
}
