package dev.unknot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases storage tests run on: a fresh H2 file database, or a fresh schema in the PostgreSQL
 * at 127.0.0.1:5432 (database {@code test}). With {@code CI=true} an unreachable PostgreSQL fails
 * the test instead of skipping it.
 */
public final class TestDatabases {
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    private TestDatabases() {}

    public static DatabaseUrl h2(Path directory) {
        return DatabaseUrl.embedded(directory);
    }

    /**
     * A new, empty schema in the test PostgreSQL; dropped by {@link #dropPostgres(DatabaseUrl)}.
     */
    public static DatabaseUrl postgres() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(POSTGRES, user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(
                        "PostgreSQL at "
                                + POSTGRES
                                + " is required in CI but unreachable: "
                                + e.getMessage(),
                        e);
            }
            Assumptions.abort("PostgreSQL not reachable at " + POSTGRES + ": " + e.getMessage());
        }
        return new DatabaseUrl(POSTGRES + "?currentSchema=" + schema + "&user=" + user());
    }

    public static void dropPostgres(DatabaseUrl url) {
        String schema = url.jdbc().replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1");
        try (Connection connection = DriverManager.getConnection(POSTGRES, user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new AssertionError("cannot drop test schema " + schema, e);
        }
    }

    static String user() {
        String user = System.getenv("PGUSER");
        return user != null ? user : "postgres";
    }
}
