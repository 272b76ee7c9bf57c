package dev.unknot.store;

/**
 * The clinician's side of storage on PostgreSQL (127.0.0.1:5432, database test, a fresh schema per
 * test).
 */
class CarePostgresRepositoryTest extends CareRepositoryContract {
    @Override
    DatabaseUrl url() {
        return TestDatabases.postgres();
    }

    @Override
    void dispose(DatabaseUrl url) {
        TestDatabases.dropPostgres(url);
    }
}
