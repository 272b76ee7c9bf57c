package dev.unknot.store;

/**
 * The break repositories on PostgreSQL (127.0.0.1:5432, database test, a fresh schema per test).
 */
class PostgresBreakRepositoryTest extends BreakRepositoryContract {
    @Override
    DatabaseUrl url() {
        return TestDatabases.postgres();
    }

    @Override
    void dispose(DatabaseUrl url) {
        TestDatabases.dropPostgres(url);
    }
}
