package dev.unknot.store;

/** The account-security contract on PostgreSQL (a fresh schema per test). */
class PostgresAccountSecurityTest extends AccountSecurityContract {
    @Override
    DatabaseUrl url() {
        return TestDatabases.postgres();
    }

    @Override
    void dispose(DatabaseUrl url) {
        TestDatabases.dropPostgres(url);
    }
}
