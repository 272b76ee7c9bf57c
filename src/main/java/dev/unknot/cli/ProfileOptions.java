package dev.unknot.cli;

import dev.unknot.person.Person;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads or writes a person's record: which database, which
 * profile.
 */
final class ProfileOptions {
    @Option(
            names = "--db",
            paramLabel = "URL",
            description =
                    "Database: a jdbc:h2: or jdbc:postgresql: URL (default: UNKNOT_DB_URL, or an H2 file in ~/.unknot).")
    String database;

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description = "Whose record (default: UNKNOT_PROFILE, or 'me').")
    String profile;

    Optional<String> database() {
        return Optional.ofNullable(database);
    }

    String profile(Services services) {
        return Person.checkName(profile != null ? profile : services.config().profile());
    }
}
