package dev.unknot.store;

/** The plan repositories on PostgreSQL (127.0.0.1:5432, database test, a fresh schema per test). */
class PostgresPlanRepositoryTest extends PlanRepositoryContract {
    @Override
    DatabaseUrl url() {
        return TestDatabases.postgres();
    }

    @Override
    void dispose(DatabaseUrl url) {
        TestDatabases.dropPostgres(url);
    }
}
