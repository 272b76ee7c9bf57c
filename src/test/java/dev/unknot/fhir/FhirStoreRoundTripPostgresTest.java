package dev.unknot.fhir;

import dev.unknot.store.DatabaseUrl;
import dev.unknot.store.TestDatabases;

/** The FHIR round trip through PostgreSQL (127.0.0.1:5432, database test, a fresh schema each). */
class FhirStoreRoundTripPostgresTest extends FhirStoreRoundTripContract {
    @Override
    DatabaseUrl url() {
        return TestDatabases.postgres();
    }

    @Override
    void dispose(DatabaseUrl url) {
        TestDatabases.dropPostgres(url);
    }
}
