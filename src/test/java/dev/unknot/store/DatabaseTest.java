package dev.unknot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.InvalidInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void unreachablePostgresFailsWithAMessageNamingTheDatabase() {
        DatabaseUrl url = new DatabaseUrl("jdbc:postgresql://127.0.0.1:1/nowhere?password=secret");

        assertThatThrownBy(() -> Database.open(url))
                .isInstanceOf(StorageUnavailableException.class)
                .hasMessageContaining(
                        "cannot open the database jdbc:postgresql://127.0.0.1:1/nowhere?password=***")
                .hasMessageNotContaining("secret");
    }

    @Test
    void onlyH2AndPostgresUrlsAreAccepted() {
        assertThatThrownBy(() -> new DatabaseUrl("jdbc:mysql://localhost/x"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(
                        "db: must be a jdbc:h2: or jdbc:postgresql: URL, was 'jdbc:mysql://localhost/x'");
    }

    @Test
    void h2FileUrlsWriteEveryCommitAtOnce() {
        assertThat(new DatabaseUrl("jdbc:h2:file:/tmp/x").jdbc())
                .isEqualTo("jdbc:h2:file:/tmp/x;WRITE_DELAY=0;AUTO_SERVER=TRUE");
        assertThat(new DatabaseUrl("jdbc:h2:file:/tmp/x;WRITE_DELAY=100").jdbc())
                .isEqualTo("jdbc:h2:file:/tmp/x;WRITE_DELAY=100;AUTO_SERVER=TRUE");
    }

    @Test
    void h2FileUrlsAreSharedWithOtherProcessesThroughH2sAutomaticMixedMode() {
        assertThat(new DatabaseUrl("jdbc:h2:~/unknot").jdbc())
                .isEqualTo("jdbc:h2:~/unknot;WRITE_DELAY=0;AUTO_SERVER=TRUE");
        assertThat(DatabaseUrl.embedded(Path.of("/data")).jdbc())
                .isEqualTo("jdbc:h2:file:/data/unknot;WRITE_DELAY=0;AUTO_SERVER=TRUE");
        assertThat(new DatabaseUrl("jdbc:h2:file:/tmp/x;PASSWORD=secret").shown())
                .isEqualTo("jdbc:h2:file:/tmp/x;PASSWORD=***;WRITE_DELAY=0;AUTO_SERVER=TRUE");
    }

    @Test
    void autoServerIsAddedOnlyWhereH2AllowsItAndTheUrlLeavesItOpen() {
        assertThat(new DatabaseUrl("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1").jdbc())
                .isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
        assertThat(new DatabaseUrl("jdbc:h2:tcp://localhost/~/x").jdbc())
                .isEqualTo("jdbc:h2:tcp://localhost/~/x;WRITE_DELAY=0");
        assertThat(new DatabaseUrl("jdbc:h2:file:/tmp/x;auto_server=false").jdbc())
                .isEqualTo("jdbc:h2:file:/tmp/x;auto_server=false;WRITE_DELAY=0");
        assertThat(new DatabaseUrl("jdbc:h2:file:/tmp/x;FILE_LOCK=NO").jdbc())
                .isEqualTo("jdbc:h2:file:/tmp/x;FILE_LOCK=NO;WRITE_DELAY=0");
        assertThat(new DatabaseUrl("jdbc:h2:file:/tmp/x;DB_CLOSE_ON_EXIT=FALSE").jdbc())
                .doesNotContain("AUTO_SERVER");
        assertThat(new DatabaseUrl("jdbc:postgresql://localhost/x").jdbc())
                .isEqualTo("jdbc:postgresql://localhost/x");
    }
}
