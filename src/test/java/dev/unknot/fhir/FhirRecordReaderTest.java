package dev.unknot.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.Disposition;
import dev.unknot.record.PersonRecord;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class FhirRecordReaderTest {
    private final FhirRecordWriter writer = FhirRecords.writer();
    private final FhirRecordReader reader = FhirRecords.reader();

    /** A CDS Hooks prefetch: only observations and questionnaire responses, in a searchset. */
    private Bundle prefetch() {
        Bundle written = writer.write(FhirRecords.full("sam"));
        Bundle prefetch = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (Bundle.BundleEntryComponent entry : written.getEntry()) {
            Resource resource = entry.getResource();
            if (resource.fhirType().equals("Observation")
                    || resource.fhirType().equals("QuestionnaireResponse")) {
                prefetch.addEntry().setFullUrl(entry.getFullUrl()).setResource(resource);
            }
        }
        return prefetch;
    }

    @Test
    void aPrefetchWithoutAPatientReadsAsThePlaceholderProfileWithItsAssessmentsDiaryAndMeasures() {
        PersonRecord full = FhirRecords.full("sam");

        FhirRead read = reader.read(prefetch());

        PersonRecord record = read.record();
        assertThat(record.profile()).isEqualTo(FhirRecordReader.PLACEHOLDER_PROFILE);
        assertThat(record.assessments()).isEqualTo(full.assessments());
        assertThat(record.measures()).isEqualTo(full.measures());
        assertThat(record.workstationChecks()).isEqualTo(full.workstationChecks());
        assertThat(record.diary()).hasSize(full.diary().size());
        assertThat(record.assessments().get(2).disposition()).isEqualTo(Disposition.URGENT);
        assertThat(read.skipped()).isEmpty();
    }

    @Test
    void aTransactionBundleReadsLikeACollection() {
        Bundle bundle = writer.write(FhirRecords.full("sam"));
        bundle.setType(Bundle.BundleType.TRANSACTION);
        bundle.getEntry()
                .forEach(
                        entry ->
                                entry.getRequest()
                                        .setMethod(Bundle.HTTPVerb.POST)
                                        .setUrl(entry.getResource().fhirType()));

        assertThat(reader.read(bundle).record().assessments()).hasSize(3);
    }

    @Test
    void everyResourceNotReadIsReportedWithWhy() {
        FhirRead read = reader.read(writer.write(FhirRecords.full("sam")));

        assertThat(read.skippedByType())
                .containsEntry("Questionnaire", 6)
                .containsEntry("Condition", 1)
                .containsEntry("Flag", 1)
                .containsEntry("ServiceRequest", 1);
        assertThat(read.skipped()).allSatisfy(skipped -> assertThat(skipped.why()).isNotBlank());
    }

    @Test
    void aPainScoreOverAPeriodIsDatedByItsStart() {
        Bundle bundle =
                FhirRecordReader.parse(
                        """
                        {"resourceType": "Bundle", "type": "collection", "entry": [
                          {"resource": {"resourceType": "Observation", "status": "final",
                            "code": {"coding": [{"system": "http://loinc.org", "code": "72514-3"}]},
                            "effectivePeriod": {"start": "2026-11-12T08:00:00Z"},
                            "valueQuantity": {"value": 3}}}
                        ]}
                        """);

        PersonRecord record = reader.read(bundle).record();

        assertThat(record.diary()).hasSize(1);
        assertThat(record.diary().get(0).date()).isEqualTo(LocalDate.parse("2026-11-12"));
        assertThat(record.diary().get(0).pain().points()).isEqualTo(3);
    }

    @Test
    void anIntakeAnswerOfTheWrongTypeIsRefusedNamingTheQuestion() {
        Bundle bundle =
                FhirRecordReader.parse(
                        """
                        {"resourceType": "Bundle", "type": "collection", "entry": [
                          {"resource": {"resourceType": "QuestionnaireResponse", "status": "completed",
                            "questionnaire": "https://unknot.dev/fhir/Questionnaire/intake",
                            "authored": "2026-11-12T08:00:00Z",
                            "item": [{"linkId": "age", "answer": [{"valueString": "old"}]}]}}
                        ]}
                        """);

        assertThatThrownBy(() -> reader.read(bundle))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("entry[0].resource.item(age).answer");
    }

    @Test
    void anUnansweredIntakeQuestionStaysUnanswered() {
        FhirRead read = reader.read(writer.write(FhirRecords.full("sam")));

        assertThat(read.record().assessments().get(0).intake().answers())
                .hasSize(FhirRecords.partial().answers().size());
    }
}
