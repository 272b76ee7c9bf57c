package dev.unknot.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The example Bundle in docs/examples is what unknot writes for the test record with something of
 * every kind; run with {@code -Dunknot.updateDocs=true} to write it again.
 */
class FhirExampleDocTest {
    private static final Path EXAMPLE = Path.of("docs", "examples", "record.fhir.json");

    @Test
    void theExampleBundleIsWhatUnknotWrites() throws IOException {
        FhirRecordWriter writer = FhirRecords.writer();
        String written = writer.json(writer.write(FhirRecords.full("sam"))) + "\n";
        if (Boolean.getBoolean("unknot.updateDocs")) {
            Files.writeString(EXAMPLE, written, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(EXAMPLE, StandardCharsets.UTF_8))
                .as("%s is not what unknot writes; run with -Dunknot.updateDocs=true", EXAMPLE)
                .isEqualTo(written);
    }
}
