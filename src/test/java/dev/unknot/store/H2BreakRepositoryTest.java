package dev.unknot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The break repositories on the embedded H2 file database. */
class H2BreakRepositoryTest extends BreakRepositoryContract {
    @TempDir Path directory;

    @Override
    DatabaseUrl url() {
        return TestDatabases.h2(directory);
    }
}
