package dev.unknot.store;

import dev.unknot.intake.InvalidInputException;
import java.nio.file.Path;

/**
 * A JDBC URL unknot can use: an embedded H2 file database or PostgreSQL. H2 URLs get {@code
 * WRITE_DELAY=0} unless they set it, so a committed diary entry is in the file before it is
 * acknowledged.
 */
public record DatabaseUrl(String jdbc) {

    public DatabaseUrl {
        if (!jdbc.startsWith("jdbc:h2:") && !jdbc.startsWith("jdbc:postgresql:")) {
            throw new InvalidInputException(
                    "db", "must be a jdbc:h2: or jdbc:postgresql: URL, was '" + redact(jdbc) + "'");
        }
        if (jdbc.startsWith("jdbc:h2:")
                && !jdbc.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")
                && !jdbc.startsWith("jdbc:h2:mem:")) {
            jdbc = jdbc + ";WRITE_DELAY=0";
        }
    }

    /** The default: an H2 file database in {@code dataDirectory}. */
    public static DatabaseUrl embedded(Path dataDirectory) {
        return new DatabaseUrl("jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("unknot"));
    }

    public boolean isPostgres() {
        return jdbc.startsWith("jdbc:postgresql:");
    }

    /** The URL as it may be shown: any password parameter replaced. */
    public String shown() {
        return redact(jdbc);
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
