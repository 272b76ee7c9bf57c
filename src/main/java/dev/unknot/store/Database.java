package dev.unknot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The connection pool and schema of one database (H2 or PostgreSQL). Opening it migrates the
 * schema; {@link #inTransaction} runs work in one transaction that commits before it returns.
 * Thread-safe.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final DatabaseUrl url;

    private Database(HikariDataSource pool, DatabaseUrl url) {
        this.pool = pool;
        this.url = url;
    }

    /**
     * Opens the pool and brings the schema up to date; fails with a message naming the database.
     */
    public static Database open(DatabaseUrl url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.jdbc());
        if (url.isPostgres() && !url.jdbc().contains("user=")) {
            config.setUsername(System.getProperty("user.name", "postgres"));
        }
        config.setMaximumPoolSize(url.isPostgres() ? 8 : 4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(1);
        config.setAutoCommit(false);
        config.setPoolName("unknot");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            String reason = rootMessage(e);
            if (reason.contains("file is locked")) {
                reason +=
                        " (another unknot, such as 'unknot serve', has it open; stop it or use another --db)";
            }
            throw new StorageUnavailableException(
                    "cannot open the database " + url.shown() + ": " + reason, e);
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StorageUnavailableException(
                    "cannot prepare the database " + url.shown() + ": " + rootMessage(e), e);
        }
        return new Database(pool, url);
    }

    public DatabaseUrl url() {
        return url;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * A database error surfaces as a {@link StorageException}.
     */
    public <T> T inTransaction(Transaction<T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.run(new Handle(connection, url));
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failed(url, e);
        }
    }

    static StorageException failed(DatabaseUrl url, SQLException error) {
        return new StorageException(
                "database error on " + url.shown() + ": " + error.getMessage(), error);
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
