package dev.unknot.config;

import dev.unknot.store.DatabaseUrl;
import java.nio.file.Path;
import java.util.Map;

/**
 * unknot's configuration in one place: the data directory, the database, the default profile and
 * the region whose emergency number the web pages give, and whether the web server sits behind a
 * proxy that ends TLS ({@code trustProxy}: only then is its {@code X-Forwarded-Proto} and {@code
 * X-Forwarded-For} believed). From the environment ({@code UNKNOT_HOME}, {@code UNKNOT_DB_URL},
 * {@code UNKNOT_PROFILE}, {@code UNKNOT_REGION}, {@code UNKNOT_TRUST_PROXY=true}) with defaults
 * {@code $HOME/.unknot}, an H2 file database there, the profile {@code me}, the region {@code uk}
 * and no proxy; command-line options override it.
 */
public record Config(
        Path home, DatabaseUrl database, String profile, String region, boolean trustProxy) {

    public static final String DEFAULT_PROFILE = "me";

    /** The region served when none is set: the United Kingdom ({@code knowledge/regions.yaml}). */
    public static final String DEFAULT_REGION = "uk";

    /** A configuration in the default region. */
    public Config(Path home, DatabaseUrl database, String profile) {
        this(home, database, profile, DEFAULT_REGION);
    }

    /** A configuration for a server reached directly, not through a proxy. */
    public Config(Path home, DatabaseUrl database, String profile, String region) {
        this(home, database, profile, region, false);
    }

    /**
     * The configuration the environment gives. The data directory is {@code UNKNOT_HOME} when set;
     * otherwise {@code .unknot} in the {@code HOME} directory of the environment, and only when
     * {@code HOME} is unset (or empty) in {@code userHome} (Java's {@code user.home}).
     */
    public static Config fromEnvironment(Map<String, String> env, Path userHome) {
        Path home =
                set(env, "UNKNOT_HOME")
                        ? Path.of(env.get("UNKNOT_HOME"))
                        : (set(env, "HOME") ? Path.of(env.get("HOME")) : userHome)
                                .resolve(".unknot");
        DatabaseUrl database =
                env.containsKey("UNKNOT_DB_URL")
                        ? new DatabaseUrl(env.get("UNKNOT_DB_URL"))
                        : DatabaseUrl.embedded(home);
        return new Config(
                home,
                database,
                env.getOrDefault("UNKNOT_PROFILE", DEFAULT_PROFILE),
                env.getOrDefault("UNKNOT_REGION", DEFAULT_REGION),
                "true".equalsIgnoreCase(env.getOrDefault("UNKNOT_TRUST_PROXY", "false").strip()));
    }

    public static Config system() {
        return fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    private static boolean set(Map<String, String> env, String name) {
        return env.containsKey(name) && !env.get(name).isBlank();
    }

    public Config withDatabase(DatabaseUrl url) {
        return new Config(home, url, profile, region, trustProxy);
    }
}
