package dev.unknot.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakOutcome;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.record.PersonRecord;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.junit.jupiter.api.Test;

class FhirMovementBreaksTest {
    private static final Instant AT = Instant.parse("2026-11-24T14:00:00.000250Z");

    private final FhirRecordWriter writer = FhirRecords.writer();
    private final FhirRecordReader reader = FhirRecords.reader();

    private static PersonRecord withBreaks(BreakEvent... events) {
        return new PersonRecord(
                "sam",
                FhirRecords.EXPORTED,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(events));
    }

    private static List<Procedure> procedures(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Procedure.class::isInstance)
                .map(Procedure.class::cast)
                .toList();
    }

    private PersonRecord roundTrip(PersonRecord record) {
        return reader.read(FhirRecordReader.parse(writer.json(writer.write(record)))).record();
    }

    @Test
    void aTakenBreakComesBackWithItsTimeSecondsOutcomeAndExercisesInOrder() {
        BreakEvent taken =
                new BreakEvent(
                        AT,
                        BreakOutcome.TAKEN,
                        135,
                        List.of("walk", "standing-back-extension", "pelvic-tilt-standing"));

        List<BreakEvent> read = roundTrip(withBreaks(taken)).breaks();

        assertThat(read).containsExactly(taken);
        assertThat(read.get(0).exercises())
                .containsExactly("walk", "standing-back-extension", "pelvic-tilt-standing");
    }

    @Test
    void aTakenBreakIsACompletedMovementBreakNamingItsExercises() {
        Bundle bundle =
                writer.write(
                        withBreaks(
                                new BreakEvent(
                                        AT,
                                        BreakOutcome.TAKEN,
                                        90,
                                        List.of("pelvic-tilt-seated", "walk"))));

        Procedure procedure = procedures(bundle).get(0);

        assertThat(procedure.getStatus()).isEqualTo(Procedure.ProcedureStatus.COMPLETED);
        assertThat(procedure.getCode().getCodingFirstRep().getCode()).isEqualTo("movement-break");
        assertThat(procedure.getOutcome().getCodingFirstRep().getCode()).isEqualTo("taken");
        assertThat(procedure.hasStatusReason()).isFalse();
        Period period = procedure.getPerformedPeriod();
        assertThat(period.getStartElement().getValueAsString())
                .isEqualTo("2026-11-24T14:00:00.000250Z");
        assertThat(period.getEndElement().getValueAsString())
                .isEqualTo("2026-11-24T14:01:30.000250Z");
        assertThat(
                        procedure
                                .getExtensionsByUrl(
                                        "https://unknot.dev/fhir/StructureDefinition/break-exercise")
                                .stream()
                                .map(Extension::getValue)
                                .map(Coding.class::cast)
                                .map(coding -> coding.getCode() + " " + coding.getDisplay()))
                .containsExactly("pelvic-tilt-seated Seated pelvic tilt", "walk A short walk");
        FhirValidation.assertValid(bundle);
    }

    @Test
    void aSkippedOrPostponedBreakIsNotDoneWithItsOutcomeAsTheReason() {
        Bundle bundle =
                writer.write(
                        withBreaks(
                                new BreakEvent(AT, BreakOutcome.SKIPPED, 0, List.of()),
                                new BreakEvent(
                                        AT.plusSeconds(600),
                                        BreakOutcome.POSTPONED,
                                        0,
                                        List.of())));

        List<Procedure> procedures = procedures(bundle);

        assertThat(procedures)
                .extracting(Procedure::getStatus)
                .containsOnly(Procedure.ProcedureStatus.NOTDONE);
        assertThat(procedures)
                .extracting(procedure -> procedure.getStatusReason().getCodingFirstRep().getCode())
                .containsExactly("skipped", "postponed");
        assertThat(procedures.get(0).getPerformedPeriod().getEndElement().getValueAsString())
                .isEqualTo(
                        procedures
                                .get(0)
                                .getPerformedPeriod()
                                .getStartElement()
                                .getValueAsString());
        FhirValidation.assertValid(bundle);
    }

    @Test
    void timeAwayFromTheKeyboardIsACompletedBreakInItsOwnWords() {
        Bundle bundle =
                writer.write(withBreaks(new BreakEvent(AT, BreakOutcome.NATURAL, 360, List.of())));

        Procedure procedure = procedures(bundle).get(0);

        assertThat(procedure.getStatus()).isEqualTo(Procedure.ProcedureStatus.COMPLETED);
        assertThat(procedure.getOutcome().getCodingFirstRep().getDisplay())
                .isEqualTo("away from the keyboard");
    }

    @Test
    void theSameBreakAlwaysGetsTheSameId() {
        PersonRecord record =
                withBreaks(new BreakEvent(AT, BreakOutcome.TAKEN, 60, List.of("walk")));

        assertThat(procedures(writer.write(record)).get(0).getIdElement().getIdPart())
                .isEqualTo(procedures(writer.write(record)).get(0).getIdElement().getIdPart());
    }

    @Test
    void anUnknownOutcomeCodeIsRefusedNamingItsPlace() {
        Bundle bundle =
                FhirRecordReader.parse(
                        """
                        {"resourceType": "Bundle", "type": "collection", "entry": [
                          {"resource": {"resourceType": "Patient", "identifier": [
                            {"system": "https://unknot.dev/fhir/sid/profile", "value": "sam"}]}},
                          {"resource": {"resourceType": "Procedure", "status": "completed",
                            "code": {"coding": [{"system": "https://unknot.dev/fhir/CodeSystem/activity",
                              "code": "movement-break"}]},
                            "subject": {"reference": "Patient/1"},
                            "performedPeriod": {"start": "2026-11-24T14:00:00Z",
                              "end": "2026-11-24T14:01:00Z"},
                            "outcome": {"coding": [{
                              "system": "https://unknot.dev/fhir/CodeSystem/break-outcome",
                              "code": "forgotten"}]}}}
                        ]}
                        """);

        assertThatThrownBy(() -> reader.read(bundle))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("entry[1].resource.outcome")
                .hasMessageContaining("taken, natural, skipped, postponed");
    }

    @Test
    void aBreakEndingBeforeItStartsIsRefusedNamingItsPlace() {
        Bundle bundle =
                writer.write(withBreaks(new BreakEvent(AT, BreakOutcome.TAKEN, 60, List.of())));
        Procedure procedure = procedures(bundle).get(0);
        procedure.getPerformedPeriod().setEndElement(Support.dateTime(AT.minusSeconds(1)));

        assertThatThrownBy(() -> reader.read(bundle))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("resource.performedPeriod.end");
    }

    @Test
    void aProcedureOfAnotherKindIsStillSkippedWithWhy() {
        Bundle bundle =
                FhirRecordReader.parse(
                        """
                        {"resourceType": "Bundle", "type": "collection", "entry": [
                          {"resource": {"resourceType": "Procedure", "id": "p1", "status": "completed",
                            "subject": {"reference": "Patient/1"},
                            "code": {"coding": [{"system": "http://snomed.info/sct", "code": "91251008"}]}}}
                        ]}
                        """);

        FhirRead read = reader.read(bundle);

        assertThat(read.record().breaks()).isEmpty();
        assertThat(read.skipped())
                .singleElement()
                .satisfies(skipped -> assertThat(skipped.why()).contains("movement breaks"));
    }
}
