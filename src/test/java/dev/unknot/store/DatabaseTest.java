package dev.unknot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.InvalidInputException;
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
                .isEqualTo("jdbc:h2:file:/tmp/x;WRITE_DELAY=0");
        assertThat(new DatabaseUrl("jdbc:h2:file:/tmp/x;WRITE_DELAY=100").jdbc())
                .isEqualTo("jdbc:h2:file:/tmp/x;WRITE_DELAY=100");
    }
}
