package dev.unknot.store;

/** The CDS Hooks rows on PostgreSQL (127.0.0.1:5432, database test, a fresh schema per test). */
class CdsRecordsPostgresTest extends CdsRecordsContract {
    @Override
    DatabaseUrl url() {
        return TestDatabases.postgres();
    }

    @Override
    void dispose(DatabaseUrl url) {
        TestDatabases.dropPostgres(url);
    }
}
