package dev.unknot.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.breaks.BreakEvent;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.exercise.ExercisePlan;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.measure.Instrument;
import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.Measures;
import dev.unknot.person.Person;
import dev.unknot.record.PersonRecord;
import dev.unknot.session.SessionLog;
import dev.unknot.workstation.Checklist;
import dev.unknot.workstation.StoredCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;

/**
 * A person's record from a FHIR R4 Bundle of any type (collection, searchset, transaction, a CDS
 * Hooks prefetch put in a Bundle): intake responses become saved assessments, NPRS observations
 * diary entries, measure responses outcome measures, workstation responses workstation checks, and
 * unknot's own procedures, detected issues and care plans its sessions and movement breaks, advice
 * and plan versions. Nothing else is needed: without a Patient carrying our profile identifier the
 * record's profile is {@link #PLACEHOLDER_PROFILE}. Every resource it does not use is listed in
 * {@link FhirRead#skipped()} with why; a value it cannot use is invalid input naming its place
 * ({@code entry[3].resource.item(age).answer}).
 */
public final class FhirRecordReader {
    /** The profile of a Bundle without a Patient carrying our identifier. */
    public static final String PLACEHOLDER_PROFILE = "fhir-import";

    private final IntakeResponses intakes;
    private final MeasureResources measures;
    private final WorkstationResources workstation;
    private final DiaryObservations diary = new DiaryObservations();
    private final SessionProcedures sessions = new SessionProcedures();
    // names are only written: an exercise is read back by its id
    private final BreakProcedures breaks = new BreakProcedures(Map.of());
    private final EscalationIssues escalations = new EscalationIssues();
    private final PlanCarePlans plans;

    public FhirRecordReader(KnowledgeBase knowledge, Measures measures, Assessor assessor) {
        this.intakes = new IntakeResponses(assessor);
        this.measures = new MeasureResources(measures);
        this.workstation = new WorkstationResources(Checklist.load(knowledge));
        this.plans = new PlanCarePlans(knowledge.exerciseLibrary());
    }

    /** Whether {@code json} is a FHIR resource of type Bundle (a JSON object saying so). */
    public static boolean isBundle(JsonNode json) {
        return json != null && "Bundle".equals(json.path("resourceType").asText(null));
    }

    /**
     * Parses FHIR JSON that must be a Bundle; not JSON, another resource or a value FHIR does not
     * allow is invalid input naming where.
     */
    public static Bundle parse(String json) {
        JsonNode tree = StrictJsonTree.of(json);
        if (!tree.isObject()) {
            throw new InvalidInputException("", "must be a JSON object (a FHIR Bundle)");
        }
        if (!isBundle(tree)) {
            throw new InvalidInputException(
                    "resourceType",
                    "must be Bundle, was "
                            + (tree.has("resourceType") ? tree.get("resourceType") : "missing"));
        }
        return Fhir.parse(json, Bundle.class);
    }

    public FhirRead read(Bundle bundle) {
        List<Skipped> skipped = new ArrayList<>();
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        String profile = null;
        Map<String, Long> sessionIds = new HashMap<>();
        List<SessionLog> sessionLogs = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            Resource resource = entries.get(index).getResource();
            if (resource instanceof Procedure procedure && SessionProcedures.isOurs(procedure)) {
                long id = sessionLogs.size() + 1;
                sessionLogs.add(sessions.read(procedure, id, where(index)));
                names(entries.get(index), resource).forEach(name -> sessionIds.put(name, id));
            }
        }
        // the responses whose observations are derived from them, made again on export
        Set<String> scoredResponses = new HashSet<>();
        List<SavedAssessment> assessments = new ArrayList<>();
        List<MeasureLog> measureLogs = new ArrayList<>();
        List<StoredCheck> checks = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            if (entries.get(index).getResource() instanceof QuestionnaireResponse response) {
                String where = where(index);
                Optional<Instrument> instrument = measures.instrument(response);
                if (isIntake(response)) {
                    assessments.add(checked(() -> intakes.read(response, where), where));
                } else if (instrument.isPresent()) {
                    measureLogs.add(
                            checked(() -> measures.read(instrument.get(), response, where), where));
                    scoredResponses.addAll(names(entries.get(index), response));
                } else if (WorkstationResources.isOurs(response)) {
                    checks.add(checked(() -> workstation.read(response, where), where));
                    scoredResponses.addAll(names(entries.get(index), response));
                } else {
                    skipped.add(skip(response, "answers no questionnaire unknot publishes"));
                }
            }
        }
        List<DiaryEntry> diaryEntries = new ArrayList<>();
        List<RaisedEscalation> raised = new ArrayList<>();
        List<ExercisePlan> planVersions = new ArrayList<>();
        List<BreakEvent> breakEvents = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            Bundle.BundleEntryComponent entry = entries.get(index);
            Resource resource = entry.getResource();
            String where = where(index);
            if (resource == null) {
                skipped.add(
                        new Skipped(
                                "(no resource)",
                                entry.hasFullUrl() ? entry.getFullUrl() : "entry[" + index + "]",
                                "the entry holds no resource"));
            } else if (resource instanceof Patient patient) {
                Optional<String> named = profile(patient);
                if (named.isPresent() && profile == null) {
                    profile = checked(() -> Person.checkName(named.get()), where + ".identifier");
                } else {
                    skipped.add(
                            skip(
                                    patient,
                                    named.isPresent()
                                            ? "a second person: a Bundle is read as one person's"
                                                    + " record"
                                            : "carries no unknot profile identifier"));
                }
            } else if (resource instanceof QuestionnaireResponse
                    || (resource instanceof Procedure procedure
                            && SessionProcedures.isOurs(procedure))) {
                continue;
            } else if (resource instanceof Observation observation) {
                if (observation.getDerivedFrom().stream()
                        .anyMatch(from -> scoredResponses.contains(from.getReference()))) {
                    continue;
                }
                if (DiaryObservations.isPain(observation)) {
                    diaryEntries.add(
                            checked(
                                    () ->
                                            diary.read(
                                                    observation,
                                                    where,
                                                    reference ->
                                                            Optional.ofNullable(
                                                                    sessionIds.get(reference))),
                                    where));
                } else {
                    skipped.add(skip(observation, "not a pain score (LOINC 72514-3)"));
                }
            } else if (resource instanceof Procedure procedure
                    && BreakProcedures.isOurs(procedure)) {
                breakEvents.add(checked(() -> breaks.read(procedure, where), where));
            } else if (resource instanceof DetectedIssue issue && EscalationIssues.isOurs(issue)) {
                raised.add(checked(() -> escalations.read(issue, where), where));
            } else if (resource instanceof CarePlan carePlan && PlanCarePlans.isVersion(carePlan)) {
                planVersions.add(checked(() -> plans.read(carePlan, where), where));
            } else {
                skipped.add(skip(resource, why(resource)));
            }
        }
        planVersions.sort(Comparator.comparingInt(ExercisePlan::version));
        breakEvents.sort(Comparator.comparing(BreakEvent::at));
        checks.sort(Comparator.comparing(StoredCheck::takenAt));
        Instant exportedAt =
                bundle.hasTimestamp()
                        ? Support.instant(bundle.getTimestampElement(), "timestamp")
                        : Instant.EPOCH;
        PersonRecord record =
                new PersonRecord(
                        profile == null ? PLACEHOLDER_PROFILE : profile,
                        exportedAt,
                        assessments,
                        diaryEntries,
                        sessionLogs,
                        measureLogs,
                        raised,
                        planVersions,
                        checks,
                        breakEvents);
        return new FhirRead(record, skipped);
    }

    private static boolean isIntake(QuestionnaireResponse response) {
        String questionnaire = response.getQuestionnaire();
        return questionnaire != null
                && questionnaire
                        .replaceFirst("\\|.*", "")
                        .equals(Codes.questionnaire(Questionnaires.INTAKE));
    }

    private static Optional<String> profile(Patient patient) {
        return patient.getIdentifier().stream()
                .filter(identifier -> Codes.PROFILE_SYSTEM.equals(identifier.getSystem()))
                .map(Identifier::getValue)
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }

    private static String why(Resource resource) {
        return switch (resource.fhirType()) {
            case "Questionnaire" -> "a questionnaire, not part of a person's record";
            case "Condition", "Flag", "ServiceRequest" ->
                    "derived from the saved answers on every export, not stored";
            case "DocumentReference" -> "the printed plan is made again from the plan, not stored";
            case "CarePlan" ->
                    CarePlanKinds.generated(resource)
                            ? "the self-care plan unknot generates from the answers, not a plan"
                                    + " version"
                            : "not one of unknot's exercise plan versions";
            case "Procedure" -> "not one of unknot's guided sessions or movement breaks";
            case "DetectedIssue" -> "not advice raised by unknot's follow-up rules";
            default -> "unknot keeps no " + resource.fhirType();
        };
    }

    /** The names references may use for an entry's resource: its fullUrl and Type/id. */
    private static List<String> names(Bundle.BundleEntryComponent entry, Resource resource) {
        List<String> names = new ArrayList<>();
        if (entry.hasFullUrl()) {
            names.add(entry.getFullUrl());
        }
        if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
            names.add(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
            names.add(Support.url(resource.getIdElement().getIdPart()));
        }
        return names;
    }

    private static Skipped skip(Resource resource, String why) {
        return new Skipped(
                resource.fhirType(),
                resource.getIdElement().hasIdPart() ? resource.getIdElement().getIdPart() : "",
                why);
    }

    private static String where(int index) {
        return "entry[" + index + "].resource";
    }

    /** A mapping's result; a value a record type refuses becomes invalid input at {@code where}. */
    private static <T> T checked(java.util.function.Supplier<T> mapping, String where) {
        try {
            return mapping.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(where, String.valueOf(e.getMessage()));
        }
    }

    /** Tells generated care plans apart without a cast at every use. */
    private static final class CarePlanKinds {
        static boolean generated(Resource resource) {
            return resource instanceof CarePlan plan && PlanCarePlans.isGenerated(plan);
        }
    }

    /** Plain JSON, for telling a Bundle from an unknot record before FHIR parses it. */
    private static final class StrictJsonTree {
        static JsonNode of(String json) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new InvalidInputException("", "is not JSON: " + e.getOriginalMessage());
            }
        }
    }
}
