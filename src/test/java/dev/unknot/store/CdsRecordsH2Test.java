package dev.unknot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The CDS Hooks rows on the embedded H2 file database. */
class CdsRecordsH2Test extends CdsRecordsContract {
    @TempDir Path directory;

    @Override
    DatabaseUrl url() {
        return TestDatabases.h2(directory);
    }
}
