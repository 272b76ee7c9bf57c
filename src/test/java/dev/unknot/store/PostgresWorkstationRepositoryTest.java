package dev.unknot.store;

/**
 * The workstation checks on PostgreSQL (127.0.0.1:5432, database test, a fresh schema per test).
 */
class PostgresWorkstationRepositoryTest extends WorkstationRepositoryContract {
    @Override
    DatabaseUrl url() {
        return TestDatabases.postgres();
    }

    @Override
    void dispose(DatabaseUrl url) {
        TestDatabases.dropPostgres(url);
    }
}
