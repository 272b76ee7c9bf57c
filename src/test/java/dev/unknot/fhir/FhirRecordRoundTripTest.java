package dev.unknot.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.knowledge.Disposition;
import dev.unknot.record.PersonRecord;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class FhirRecordRoundTripTest {
    private final FhirRecordWriter writer = FhirRecords.writer();
    private final FhirRecordReader reader = FhirRecords.reader();

    @Test
    void theFixtureHasTheDispositionsTheTestsNeed() {
        PersonRecord record = FhirRecords.full("sam");
        assertThat(record.assessments())
                .extracting(saved -> saved.disposition())
                .containsExactly(Disposition.INCOMPLETE, Disposition.SELF_CARE, Disposition.URGENT);
    }

    @Test
    void everyKindOfItemComesBackExactlyAsItWasWritten() {
        PersonRecord record = FhirRecords.full("sam");
        Bundle bundle = writer.write(record);
        String json = writer.json(bundle);

        FhirRead read = reader.read(FhirRecordReader.parse(json));

        assertThat(read.record()).isEqualTo(record);
    }

    @Test
    void writingTheSameRecordTwiceGivesTheSameBundle() {
        PersonRecord record = FhirRecords.full("sam");
        String first = writer.json(writer.write(record));
        String again =
                writer.json(writer.write(reader.read(FhirRecordReader.parse(first)).record()));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void theBundleOfAFullRecordIsValidR4() {
        FhirValidation.assertValid(
                writer.write(
                        FhirRecords.full("sam"), Optional.of(new byte[] {'%', 'P', 'D', 'F'})));
    }

    @Test
    void everyPublishedQuestionnaireIsValidR4() {
        List<Questionnaire> all = writer.questionnaires().all();
        assertThat(all)
                .extracting(Questionnaire::getUrl)
                .containsExactly(
                        "https://unknot.dev/fhir/Questionnaire/intake",
                        "https://unknot.dev/fhir/Questionnaire/nprs",
                        "https://unknot.dev/fhir/Questionnaire/odi",
                        "https://unknot.dev/fhir/Questionnaire/rmdq",
                        "https://unknot.dev/fhir/Questionnaire/startback",
                        "https://unknot.dev/fhir/Questionnaire/workstation");
        all.forEach(FhirValidation::assertValid);
    }

    @Test
    void everyReferenceResolvesInsideTheBundle() {
        Bundle bundle = writer.write(FhirRecords.full("sam"));
        List<String> fullUrls =
                bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList();
        assertThat(fullUrls).doesNotHaveDuplicates();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            Fhir.context()
                    .newTerser()
                    .getAllPopulatedChildElementsOfType(
                            resource, org.hl7.fhir.r4.model.Reference.class)
                    .stream()
                    .filter(reference -> reference.hasReference())
                    .forEach(
                            reference ->
                                    assertThat(fullUrls)
                                            .as(
                                                    resource.fhirType()
                                                            + " refers to "
                                                            + reference.getReference())
                                            .contains(reference.getReference()));
        }
    }
}
