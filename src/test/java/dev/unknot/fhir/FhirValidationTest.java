package dev.unknot.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class FhirValidationTest {
    @Test
    void theValidatorReportsAnObservationWithoutStatusOrCodeAsAnError() {
        assertThat(FhirValidation.messages(new Observation()))
                .anyMatch(message -> message.getSeverity() == ResultSeverityEnum.ERROR);
    }
}
