package dev.unknot.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.record.PersonRecord;
import dev.unknot.workstation.Answers;
import dev.unknot.workstation.Item;
import dev.unknot.workstation.StoredCheck;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class FhirWorkstationChecksTest {
    private static final String QUESTIONNAIRE = "https://unknot.dev/fhir/Questionnaire/workstation";

    private final FhirRecordWriter writer = FhirRecords.writer();
    private final FhirRecordReader reader = FhirRecords.reader();

    private static PersonRecord withChecks(List<StoredCheck> checks) {
        return new PersonRecord(
                "sam",
                FhirRecords.EXPORTED,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                checks,
                List.of());
    }

    private static <T extends Resource> List<T> all(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    private PersonRecord roundTrip(PersonRecord record) {
        return reader.read(FhirRecordReader.parse(writer.json(writer.write(record)))).record();
    }

    /** A Bundle of one workstation response from elsewhere, answering {@code items}. */
    private static Bundle fromElsewhere(String items) {
        return FhirRecordReader.parse(
                """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "Patient", "identifier": [
                    {"system": "https://unknot.dev/fhir/sid/profile", "value": "sam"}]}},
                  {"resource": {"resourceType": "QuestionnaireResponse", "status": "completed",
                    "questionnaire": "https://unknot.dev/fhir/Questionnaire/workstation",
                    "authored": "2026-11-24T08:15:00Z",
                    "item": [%s]}}
                ]}
                """
                        .formatted(items));
    }

    private static String item(String linkId, String code) {
        return """
                {"linkId": "%s", "answer": [{"valueCoding": {
                  "system": "https://unknot.dev/fhir/CodeSystem/workstation", "code": "%s"}}]}
                """
                .formatted(linkId, code);
    }

    @Test
    void aCheckComesBackWithTheSameTimeAnswersAndScore() {
        List<StoredCheck> checks = FhirRecords.workstationChecks();

        List<StoredCheck> read = roundTrip(withChecks(checks)).workstationChecks();

        assertThat(read).containsExactlyElementsOf(checks);
        assertThat(read.get(0).takenAt()).isEqualTo(Instant.parse("2026-11-24T08:15:00.123456Z"));
        assertThat(read.get(0).answers().key("hand-rest")).hasValue("not-sure");
        assertThat(read.get(0).answers().byItem().keySet())
                .containsExactlyElementsOf(
                        FhirRecords.CHECKLIST.items().stream().map(Item::id).toList());
        assertThat(read).extracting(StoredCheck::score).doesNotHaveDuplicates();
    }

    @Test
    void aCheckIsACompletedResponseAndAPercentScoreObservationDerivedFromIt() {
        StoredCheck check = FhirRecords.workstationChecks().get(0);
        Bundle bundle = writer.write(withChecks(List.of(check)));

        QuestionnaireResponse response = all(bundle, QuestionnaireResponse.class).get(0);
        Observation score = all(bundle, Observation.class).get(0);

        assertThat(response.getQuestionnaire()).isEqualTo(QUESTIONNAIRE);
        assertThat(response.getStatus())
                .isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        assertThat(response.getAuthoredElement().getValueAsString())
                .isEqualTo("2026-11-24T08:15:00.123456Z");
        assertThat(response.getItem())
                .extracting(
                        item -> {
                            Coding coding = item.getAnswerFirstRep().getValueCoding();
                            return item.getLinkId() + "=" + coding.getCode();
                        })
                .contains("chair-back-support=no", "hand-rest=not-sure", "laptop-setup=no-laptop")
                .hasSize(check.answers().byItem().size());
        assertThat(response.getItemFirstRep().getAnswerFirstRep().getValueCoding().getSystem())
                .isEqualTo("https://unknot.dev/fhir/CodeSystem/workstation");
        assertThat(score.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
        assertThat(score.getCode().getCodingFirstRep().getCode()).isEqualTo("score");
        Quantity value = score.getValueQuantity();
        assertThat(value.getValue().intValueExact()).isEqualTo(check.score());
        assertThat(value.getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(value.getCode()).isEqualTo("%");
        assertThat(score.getDerivedFromFirstRep().getReference())
                .isEqualTo("urn:uuid:" + response.getIdElement().getIdPart());
        FhirValidation.assertValid(bundle);
    }

    @Test
    void theQuestionnaireAsksEveryItemOfTheChecklistWithNotSureAndValidates() {
        Questionnaire questionnaire = writer.questionnaires().byId("workstation").orElseThrow();

        assertThat(questionnaire.getUrl()).isEqualTo(QUESTIONNAIRE);
        assertThat(questionnaire.getItem())
                .extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
                .containsExactlyElementsOf(
                        FhirRecords.CHECKLIST.items().stream().map(Item::id).toList());
        assertThat(questionnaire.getItem())
                .allSatisfy(
                        item -> {
                            assertThat(item.getType())
                                    .isEqualTo(Questionnaire.QuestionnaireItemType.CHOICE);
                            assertThat(item.getAnswerOption())
                                    .extracting(option -> option.getValueCoding().getCode())
                                    .contains("not-sure");
                        });
        FhirValidation.assertValid(questionnaire);
    }

    @Test
    void theBundleCarriesTheWorkstationQuestionnaireOnlyWithChecks() {
        Bundle with = writer.write(withChecks(FhirRecords.workstationChecks()));
        Bundle without = writer.write(withChecks(List.of()));

        assertThat(all(with, Questionnaire.class))
                .extracting(Questionnaire::getUrl)
                .contains(QUESTIONNAIRE);
        assertThat(all(without, Questionnaire.class))
                .extracting(Questionnaire::getUrl)
                .doesNotContain(QUESTIONNAIRE)
                .hasSize(5);
    }

    @Test
    void theScoreObservationIsReadAsPartOfTheCheckNotSkipped() {
        FhirRead read = reader.read(writer.write(withChecks(FhirRecords.workstationChecks())));

        assertThat(read.skippedByType()).doesNotContainKey("Observation");
    }

    @Test
    void theStoredScoreComesBackEvenWhereTheChecklistNowScoresOtherwise() {
        StoredCheck check = FhirRecords.workstationChecks().get(0);
        StoredCheck older =
                new StoredCheck(0, check.takenAt(), check.answers(), check.score() == 50 ? 51 : 50);

        assertThat(roundTrip(withChecks(List.of(older))).workstationChecks())
                .containsExactly(older);
    }

    @Test
    void aResponseWithoutOurScoreIsScoredByTheChecklistAndItemsLeftOutStayOut() {
        FhirRead read =
                reader.read(
                        fromElsewhere(
                                item("screen-height", "no")
                                        + ","
                                        + item("screen-breaks", "hourly")));

        StoredCheck check = read.record().workstationChecks().get(0);
        Answers answers = new Answers(java.util.Map.of("screen-height", "no"));
        assertThat(check.answers().byItem())
                .containsExactly(
                        java.util.Map.entry("screen-height", "no"),
                        java.util.Map.entry("screen-breaks", "hourly"));
        assertThat(check.score())
                .isEqualTo(
                        FhirRecords.CHECKLIST
                                .score(FhirRecords.CHECKLIST.completed(check.answers()))
                                .score())
                .isNotEqualTo(
                        FhirRecords.CHECKLIST
                                .score(FhirRecords.CHECKLIST.completed(answers))
                                .score());
        assertThat(check.takenAt()).isEqualTo(Instant.parse("2026-11-24T08:15:00Z"));
    }

    @Test
    void anUnknownAnswerKeyIsRefusedNamingItsPlace() {
        Bundle bundle = fromElsewhere(item("chair-height", "yes") + "," + item("glare", "maybe"));

        assertThatThrownBy(() -> reader.read(bundle))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("entry[1].resource.item(glare).answer[0]")
                .hasMessageContaining("'maybe' is not one of yes, no, not-sure");
    }

    @Test
    void anUnknownItemIsRefusedNamingItsPlace() {
        Bundle bundle = fromElsewhere(item("standing-desk", "yes"));

        assertThatThrownBy(() -> reader.read(bundle))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("entry[1].resource.item(standing-desk)")
                .hasMessageContaining("is not an item of the workstation check");
    }

    @Test
    void theSameCheckAlwaysGetsTheSameId() {
        PersonRecord record = withChecks(FhirRecords.workstationChecks());

        assertThat(all(writer.write(record), QuestionnaireResponse.class))
                .extracting(response -> response.getIdElement().getIdPart())
                .containsExactlyElementsOf(
                        all(writer.write(record), QuestionnaireResponse.class).stream()
                                .map(response -> response.getIdElement().getIdPart())
                                .toList());
    }
}
