package dev.unknot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The clinician's side of storage on the embedded H2 file database. */
class CareH2RepositoryTest extends CareRepositoryContract {
    @TempDir Path directory;

    @Override
    DatabaseUrl url() {
        return TestDatabases.h2(directory);
    }
}
