package dev.unknot.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The R4 base-profile validator for tests: one per test JVM (building it loads every structure
 * definition, the first validation takes seconds), no terminology server. Warnings about our own
 * code systems, which no server knows, are expected; errors fail the test, with every message.
 */
public final class FhirValidation {
    private FhirValidation() {}

    private static final class Holder {
        static final FhirValidator VALIDATOR = build();

        private static FhirValidator build() {
            var context = Fhir.context();
            ValidationSupportChain chain =
                    new ValidationSupportChain(
                            new DefaultProfileValidationSupport(context),
                            new InMemoryTerminologyServerValidationSupport(context),
                            new CommonCodeSystemsTerminologyService(context));
            FhirValidator validator = context.newValidator();
            validator.registerValidatorModule(new FhirInstanceValidator(chain));
            return validator;
        }
    }

    /** Every message of the validation of {@code resource}. */
    public static List<SingleValidationMessage> messages(IBaseResource resource) {
        ValidationResult result = Holder.VALIDATOR.validateWithResult(resource);
        return result.getMessages();
    }

    /** Fails, listing every message, when {@code resource} has an error or a fatal problem. */
    public static void assertValid(IBaseResource resource) {
        List<SingleValidationMessage> messages = messages(resource);
        List<SingleValidationMessage> errors =
                messages.stream()
                        .filter(
                                message ->
                                        message.getSeverity() == ResultSeverityEnum.ERROR
                                                || message.getSeverity()
                                                        == ResultSeverityEnum.FATAL)
                        .toList();
        assertThat(errors)
                .as(
                        () ->
                                "validation messages:\n"
                                        + String.join(
                                                "\n",
                                                messages.stream()
                                                        .map(
                                                                message ->
                                                                        message.getSeverity()
                                                                                + " "
                                                                                + message
                                                                                        .getLocationString()
                                                                                + ": "
                                                                                + message
                                                                                        .getMessage())
                                                        .toList()))
                .isEmpty();
    }
}
