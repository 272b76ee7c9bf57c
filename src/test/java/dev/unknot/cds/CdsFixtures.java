package dev.unknot.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.app.TestApps;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.fhir.FhirRecordWriter;
import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.TestIntakes;
import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.Measures;
import dev.unknot.measure.Outcome;
import dev.unknot.measure.Responses;
import dev.unknot.record.PersonRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The FHIR an EHR would prefetch for the CDS Hooks tests, and the requests that carry it. */
final class CdsFixtures {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String NPRS = "72514-3";
    static final String INTAKE = "https://unknot.dev/fhir/Questionnaire/intake";
    private static final Assessor ASSESSOR = new Assessor(TestApps.KNOWLEDGE);
    private static final FhirRecordWriter WRITER =
            new FhirRecordWriter(TestApps.KNOWLEDGE, Measures.load(), ASSESSOR);

    private CdsFixtures() {}

    /** One day's pain in the diary, {@code daysAgo} before today. */
    record Pain(int daysAgo, int points) {}

    /** The ordinary intake of {@code TestIntakes} with {@code changes} (field path to value). */
    static Map<String, Object> intake(Map<String, Object> changes) {
        Map<String, Object> fields = new LinkedHashMap<>();
        JsonNode example;
        try {
            example = JSON.readTree(TestIntakes.EXAMPLE_JSON);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = example.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().equals("flags")) {
                field.getValue()
                        .fields()
                        .forEachRemaining(
                                flag ->
                                        fields.put(
                                                "flags." + flag.getKey(), value(flag.getValue())));
            } else {
                fields.put(field.getKey(), value(field.getValue()));
            }
        }
        fields.putAll(changes);
        return fields;
    }

    private static Object value(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isArray()) {
            return java.util.stream.StreamSupport.stream(node.spliterator(), false)
                    .map(JsonNode::asText)
                    .toList();
        }
        return node.asText();
    }

    static Patient patient(String id, Optional<String> profile) {
        Patient patient = new Patient();
        patient.setId(id);
        profile.ifPresent(
                name ->
                        patient.addIdentifier()
                                .setSystem(CdsService.PROFILE_SYSTEM)
                                .setValue(name));
        return patient;
    }

    static Bundle observations(String patientId, List<Pain> diary) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (Pain pain : diary) {
            Observation observation = new Observation();
            observation.setId(UUID.randomUUID().toString());
            observation.setStatus(Observation.ObservationStatus.FINAL);
            observation.setCode(
                    new CodeableConcept(new Coding("http://loinc.org", NPRS, "Pain severity")));
            observation.setSubject(new Reference("Patient/" + patientId));
            observation.setEffective(
                    new DateTimeType(
                            Date.from(
                                    today.minusDays(pain.daysAgo())
                                            .atTime(9, 0)
                                            .toInstant(ZoneOffset.UTC))));
            observation.setValue(new IntegerType(pain.points()));
            bundle.addEntry().setResource(observation);
        }
        bundle.setTotal(diary.size());
        return bundle;
    }

    static Bundle responses(String patientId, Optional<Map<String, Object>> intake) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        intake.ifPresent(
                fields -> {
                    Intake answers = new IntakeJson().read(intakeJson(fields).toString());
                    Instant at = Instant.now().minus(java.time.Duration.ofHours(1));
                    PersonRecord record =
                            new PersonRecord(
                                    "ehr-fixture",
                                    at,
                                    List.of(
                                            new SavedAssessment(
                                                    at,
                                                    ASSESSOR.triage().triage(answers).disposition(),
                                                    answers)),
                                    List.of(),
                                    List.of(),
                                    List.of(),
                                    List.of());
                    // The intake as unknot's own FHIR writer puts it, answered by the EHR's
                    // patient.
                    for (Bundle.BundleEntryComponent entry : WRITER.write(record).getEntry()) {
                        if (entry.getResource() instanceof QuestionnaireResponse response
                                && INTAKE.equals(response.getQuestionnaire())) {
                            response.setSubject(new Reference("Patient/" + patientId));
                            bundle.addEntry().setResource(response);
                        }
                    }
                });
        return bundle;
    }

    /**
     * A questionnaire result as unknot's own FHIR writer puts it: the QuestionnaireResponse in one
     * searchset (the "responses" prefetch) and its Observations in another ("observations").
     */
    static List<Bundle> measure(String patientId, String instrument, String responses) {
        Measures measures = Measures.load();
        Outcome outcome = measures.find(instrument).orElseThrow().score(Responses.parse(responses));
        Instant at = Instant.now().minus(java.time.Duration.ofHours(2));
        PersonRecord record =
                new PersonRecord(
                        "ehr-fixture",
                        at,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(
                                new MeasureLog(
                                        instrument,
                                        LocalDate.ofInstant(at, ZoneOffset.UTC),
                                        at,
                                        responses,
                                        outcome.scoreText(),
                                        outcome.band())),
                        List.of());
        Bundle answered = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        Bundle observed = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        for (Bundle.BundleEntryComponent entry : WRITER.write(record).getEntry()) {
            if (entry.getResource() instanceof QuestionnaireResponse response
                    && !INTAKE.equals(response.getQuestionnaire())) {
                answered.addEntry().setFullUrl(entry.getFullUrl()).setResource(response);
            } else if (entry.getResource() instanceof Observation observation) {
                observed.addEntry().setFullUrl(entry.getFullUrl()).setResource(observation);
            }
        }
        return List.of(answered, observed);
    }

    /** The fixture's intake fields (with {@code flags.} for the safety answers) as intake JSON. */
    private static ObjectNode intakeJson(Map<String, Object> fields) {
        ObjectNode intake = JSON.createObjectNode();
        fields.forEach(
                (field, value) -> {
                    ObjectNode into = intake;
                    String name = field;
                    if (field.startsWith("flags.")) {
                        into =
                                intake.has("flags")
                                        ? (ObjectNode) intake.get("flags")
                                        : intake.putObject("flags");
                        name = field.substring("flags.".length());
                    }
                    into.set(name, JSON.valueToTree(value));
                });
        return intake;
    }

    static JsonNode resource(Resource resource) {
        try {
            return JSON.readTree(
                    dev.unknot.fhir.Fhir.context()
                            .newJsonParser()
                            .encodeResourceToString(resource));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A whole patient-view request with every prefetch key filled. */
    static ObjectNode request(
            String patientId,
            Optional<String> profile,
            Optional<Map<String, Object>> intake,
            List<Pain> diary) {
        ObjectNode request = bare(patientId);
        ObjectNode prefetch = request.putObject("prefetch");
        prefetch.set("patient", resource(patient(patientId, profile)));
        prefetch.set("observations", resource(observations(patientId, diary)));
        prefetch.set("responses", resource(responses(patientId, intake)));
        return request;
    }

    /** A patient-view request without prefetch. */
    static ObjectNode bare(String patientId) {
        ObjectNode request = JSON.createObjectNode();
        request.put("hook", "patient-view");
        request.put("hookInstance", UUID.randomUUID().toString());
        ObjectNode context = request.putObject("context");
        context.put("userId", "Practitioner/example");
        context.put("patientId", patientId);
        return request;
    }
}
