package dev.unknot.cds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.app.TestApps;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.Pain;
import dev.unknot.record.PersonRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Type;

/**
 * A TEST DOUBLE of {@code dev.unknot.fhir.FhirRecordReader} (built on another branch): it maps only
 * what these tests send, NPRS Observations (LOINC 72514-3) to diary entries and one intake
 * QuestionnaireResponse (items named by intake field, {@code flags.x} for a safety question) to a
 * saved assessment. The real reader replaces it when the branches meet.
 */
public final class TestFhirRecordReader {
    static final String NPRS = "72514-3";
    static final String INTAKE = "https://unknot.dev/fhir/Questionnaire/intake";
    private static final Set<String> LISTS = Set.of("regions", "feel", "causes", "tools");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Assessor ASSESSOR = new Assessor(TestApps.KNOWLEDGE);

    private TestFhirRecordReader() {}

    public static PersonRecord read(Bundle bundle) {
        String profile = "ehr-patient";
        List<SavedAssessment> assessments = new ArrayList<>();
        List<DiaryEntry> diary = new ArrayList<>();
        long ids = 1;
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof Patient patient) {
                for (Identifier identifier : patient.getIdentifier()) {
                    if (CdsService.PROFILE_SYSTEM.equals(identifier.getSystem())) {
                        profile = identifier.getValue();
                    }
                }
            } else if (entry.getResource() instanceof Observation observation
                    && observation.getCode().getCoding().stream()
                            .anyMatch(coding -> NPRS.equals(coding.getCode()))) {
                LocalDate day =
                        LocalDate.ofInstant(
                                observation.getEffectiveDateTimeType().getValue().toInstant(),
                                ZoneOffset.UTC);
                int pain = observation.getValueIntegerType().getValue();
                diary.add(
                        new DiaryEntry(
                                ids++,
                                day,
                                day.atTime(20, 0).toInstant(ZoneOffset.UTC),
                                new Pain(pain),
                                Set.of(),
                                "",
                                Map.of(),
                                Optional.empty()));
            } else if (entry.getResource() instanceof QuestionnaireResponse response
                    && INTAKE.equals(response.getQuestionnaire())) {
                Intake intake = new IntakeJson().read(intakeJson(response).toString());
                Instant at = response.getAuthored().toInstant();
                assessments.add(
                        new SavedAssessment(
                                at, ASSESSOR.triage().triage(intake).disposition(), intake));
            }
        }
        return new PersonRecord(
                profile, Instant.EPOCH, assessments, diary, List.of(), List.of(), List.of());
    }

    private static ObjectNode intakeJson(QuestionnaireResponse response) {
        ObjectNode intake = JSON.createObjectNode();
        for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : response.getItem()) {
            String field = item.getLinkId();
            ObjectNode into = intake;
            if (field.startsWith("flags.")) {
                into =
                        intake.has("flags")
                                ? (ObjectNode) intake.get("flags")
                                : intake.putObject("flags");
                field = field.substring("flags.".length());
            }
            if (LISTS.contains(field)) {
                ArrayNode values = into.putArray(field);
                item.getAnswer().forEach(answer -> values.add(answer.getValue().primitiveValue()));
            } else {
                Type value = item.getAnswerFirstRep().getValue();
                if (value instanceof org.hl7.fhir.r4.model.BooleanType yes) {
                    into.put(field, yes.booleanValue());
                } else if (value instanceof org.hl7.fhir.r4.model.IntegerType number) {
                    into.put(field, number.getValue());
                } else {
                    into.put(field, value.primitiveValue());
                }
            }
        }
        return intake;
    }
}
