package dev.unknot.fhir;

import dev.unknot.store.DatabaseUrl;
import dev.unknot.store.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The FHIR round trip through H2 (a fresh file database each time). */
class FhirStoreRoundTripH2Test extends FhirStoreRoundTripContract {
    @Override
    DatabaseUrl url() {
        try {
            return TestDatabases.h2(Files.createTempDirectory("unknot-fhir"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
