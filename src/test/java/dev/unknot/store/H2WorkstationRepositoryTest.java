package dev.unknot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The workstation checks on the embedded H2 file database. */
class H2WorkstationRepositoryTest extends WorkstationRepositoryContract {
    @TempDir Path directory;

    @Override
    DatabaseUrl url() {
        return TestDatabases.h2(directory);
    }
}
