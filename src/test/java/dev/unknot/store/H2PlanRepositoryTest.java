package dev.unknot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The plan repositories on the embedded H2 file database. */
class H2PlanRepositoryTest extends PlanRepositoryContract {
    @TempDir Path directory;

    @Override
    DatabaseUrl url() {
        return TestDatabases.h2(directory);
    }
}
