package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicCommandTest {
    @TempDir Path directory;

    @Test
    void anAdministratorMakesAClinicAndAClinicianAndListsThem() {
        CliRun.Home home = new CliRun.Home(directory);

        CliRun created = home.run("clinic", "create", "North Clinic");
        CliRun added =
                home.typing(
                        "correct horse battery\ncorrect horse battery\n",
                        "clinic",
                        "add-clinician",
                        "--clinic",
                        "North Clinic",
                        "--username",
                        "dr.lee",
                        "--name",
                        "Dr Ada Lee");
        CliRun listed = home.run("clinic", "list");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("Made the clinic 'North Clinic'.");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out())
                .contains("Made the clinician Dr Ada Lee (dr.lee) in 'North Clinic'");
        assertThat(added.out()).doesNotContain("correct horse");
        assertThat(listed.out()).contains("North Clinic\n  Dr Ada Lee (dr.lee)\n");
    }

    @Test
    void passwordStdinReadsThePasswordOnce() {
        CliRun.Home home = new CliRun.Home(directory);
        home.run("clinic", "create", "North");

        CliRun added =
                home.typing(
                        "correct horse battery\n",
                        "clinic",
                        "add-clinician",
                        "--clinic",
                        "North",
                        "--username",
                        "lee",
                        "--name",
                        "Dr Lee",
                        "--password-stdin");

        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    @Test
    void passwordsThatDifferOrAreTooShortAreRefusedAndNothingIsMade() {
        CliRun.Home home = new CliRun.Home(directory);
        home.run("clinic", "create", "North");

        CliRun differ =
                home.typing(
                        "correct horse battery\ncorrect horse batterx\n",
                        "clinic",
                        "add-clinician",
                        "--clinic",
                        "North",
                        "--username",
                        "lee",
                        "--name",
                        "Dr Lee");
        CliRun tooShort =
                home.typing(
                        "short\n",
                        "clinic",
                        "add-clinician",
                        "--clinic",
                        "North",
                        "--username",
                        "lee",
                        "--name",
                        "Dr Lee",
                        "--password-stdin");

        assertThat(differ.exitCode()).isEqualTo(2);
        assertThat(differ.err()).contains("the two passwords differ");
        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err()).contains("password");
        assertThat(home.run("clinic", "list").out()).contains("(no clinicians yet)");
    }

    @Test
    void anUnknownClinicOrATakenNameIsRefused() {
        CliRun.Home home = new CliRun.Home(directory);
        home.run("clinic", "create", "North");

        CliRun unknown =
                home.typing(
                        "correct horse battery\n",
                        "clinic",
                        "add-clinician",
                        "--clinic",
                        "South",
                        "--username",
                        "lee",
                        "--name",
                        "Dr Lee",
                        "--password-stdin");
        CliRun again = home.run("clinic", "create", "North");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("there is no clinic named 'South'");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("there is already a clinic named 'North'");
    }
}
