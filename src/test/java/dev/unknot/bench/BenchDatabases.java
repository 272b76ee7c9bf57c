package dev.unknot.bench;

import dev.unknot.store.DatabaseUrl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fresh databases for the storage benchmarks: an H2 file in a temp directory, or a new PostgreSQL
 * schema.
 */
final class BenchDatabases {
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";

    private BenchDatabases() {}

    static DatabaseUrl fresh(String kind) {
        if (kind.equals("h2")) {
            try {
                return DatabaseUrl.embedded(Files.createTempDirectory("unknot-bench"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        execute("CREATE SCHEMA " + schema);
        return new DatabaseUrl(POSTGRES + "?currentSchema=" + schema + "&user=postgres");
    }

    static void drop(DatabaseUrl url) {
        if (url.isPostgres()) {
            execute(
                    "DROP SCHEMA IF EXISTS "
                            + url.jdbc().replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1")
                            + " CASCADE");
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES + ": " + e.getMessage(), e);
        }
    }
}
