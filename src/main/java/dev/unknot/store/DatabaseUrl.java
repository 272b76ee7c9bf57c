package dev.unknot.store;

import dev.unknot.intake.InvalidInputException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL unknot can use: an embedded H2 file database or PostgreSQL. H2 URLs get {@code
 * WRITE_DELAY=0} unless they set it, so a committed diary entry is in the file before it is
 * acknowledged. H2 file URLs also get {@code AUTO_SERVER=TRUE} (H2's automatic mixed mode), so
 * several unknot processes (a background {@code unknot breaks} and any other command) share one
 * file: the first to open it serves it to the others over a TCP port, only to those that show the
 * random key it writes into the lock file beside the database. A URL that sets {@code AUTO_SERVER},
 * or a setting H2 does not allow with it, is left as it is.
 */
public record DatabaseUrl(String jdbc) {
    /** The H2 URLs that name no file this process opens: memory, a server, a zip archive. */
    private static final List<String> NOT_A_FILE =
            List.of("jdbc:h2:mem:", "jdbc:h2:tcp:", "jdbc:h2:ssl:", "jdbc:h2:zip:");

    /** Settings H2 refuses together with AUTO_SERVER=TRUE (or that must stay the user's). */
    private static final List<String> NO_AUTO_SERVER =
            List.of("AUTO_SERVER", "FILE_LOCK", "DB_CLOSE_ON_EXIT", "ACCESS_MODE_DATA");

    private static final Pattern SETTING = Pattern.compile(";\\s*([A-Za-z_]+)\\s*=");

    public DatabaseUrl {
        if (!jdbc.startsWith("jdbc:h2:") && !jdbc.startsWith("jdbc:postgresql:")) {
            throw new InvalidInputException(
                    "db", "must be a jdbc:h2: or jdbc:postgresql: URL, was '" + redact(jdbc) + "'");
        }
        if (jdbc.startsWith("jdbc:h2:")
                && !sets(jdbc, "WRITE_DELAY")
                && !jdbc.startsWith("jdbc:h2:mem:")) {
            jdbc = jdbc + ";WRITE_DELAY=0";
        }
        if (isH2File(jdbc) && NO_AUTO_SERVER.stream().noneMatch(sets(jdbc)::contains)) {
            jdbc = jdbc + ";AUTO_SERVER=TRUE";
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

    private static boolean isH2File(String url) {
        return url.startsWith("jdbc:h2:") && NOT_A_FILE.stream().noneMatch(url::startsWith);
    }

    private static boolean sets(String url, String setting) {
        return sets(url).contains(setting);
    }

    /** The names of the settings an H2 URL gives after its path, upper case. */
    private static Set<String> sets(String url) {
        Set<String> names = new HashSet<>();
        Matcher setting = SETTING.matcher(url);
        while (setting.find()) {
            names.add(setting.group(1).toUpperCase(Locale.ROOT));
        }
        return names;
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
