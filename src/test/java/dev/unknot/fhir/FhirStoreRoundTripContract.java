package dev.unknot.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.record.Imported;
import dev.unknot.record.PersonRecord;
import dev.unknot.record.RecordStore;
import dev.unknot.store.Database;
import dev.unknot.store.DatabaseUrl;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A record stored, exported as FHIR, read and imported into a fresh database gives the same Bundle
 * when exported again; subclasses pick the database.
 */
abstract class FhirStoreRoundTripContract {
    private final List<Database> opened = new ArrayList<>();
    private final List<DatabaseUrl> urls = new ArrayList<>();
    private final FhirRecordWriter writer = FhirRecords.writer();
    private final FhirRecordReader reader = FhirRecords.reader();

    abstract DatabaseUrl url();

    void dispose(DatabaseUrl url) {}

    private RecordStore freshStore() {
        DatabaseUrl url = url();
        urls.add(url);
        Database database = Database.open(url);
        opened.add(database);
        return new RecordStore(database, Clock.fixed(FhirRecords.EXPORTED, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
        urls.forEach(this::dispose);
    }

    @Test
    void exportImportExportThroughFhirGivesTheSameBundle() {
        RecordStore first = freshStore();
        first.importNew("sam", FhirRecords.full("sam"));
        PersonRecord stored = first.export("sam");
        String bundle = writer.json(writer.write(stored));
        FhirValidation.assertValid(FhirRecordReader.parse(bundle));

        RecordStore second = freshStore();
        FhirRead read = reader.read(FhirRecordReader.parse(bundle));
        Imported imported = second.importNew(read.record().profile(), read.record());

        assertThat(imported.added(Imported.Kind.DIARY)).isEqualTo(3);
        assertThat(imported.added(Imported.Kind.SESSIONS)).isEqualTo(2);
        assertThat(imported.added(Imported.Kind.MEASURES)).isEqualTo(5);
        assertThat(imported.added(Imported.Kind.ASSESSMENTS)).isEqualTo(3);
        assertThat(imported.added(Imported.Kind.ESCALATIONS)).isEqualTo(1);
        assertThat(imported.added(Imported.Kind.PLANS)).isEqualTo(2);
        assertThat(imported.added(Imported.Kind.BREAKS)).isEqualTo(4);
        assertThat(imported.added(Imported.Kind.WORKSTATION)).isEqualTo(2);
        assertThat(writer.json(writer.write(second.export("sam")))).isEqualTo(bundle);
    }

    @Test
    void importingTheSameBundleTwiceAddsNothingTheSecondTime() {
        String bundle = writer.json(writer.write(FhirRecords.full("sam")));
        RecordStore store = freshStore();
        PersonRecord record = reader.read(FhirRecordReader.parse(bundle)).record();

        Imported once = store.importNew("sam", record);
        Imported twice = store.importNew("sam", record);

        assertThat(once.added()).isEqualTo(22);
        assertThat(twice.added()).isZero();
    }
}
