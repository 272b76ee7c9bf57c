package dev.unknot.cds;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.person.Person;
import dev.unknot.record.PersonRecord;
import dev.unknot.store.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * unknot's one CDS Hooks 2.0 service, {@value #ID} on {@code patient-view}: reads the request,
 * gathers the prefetch (fetching what is missing from an allowed FHIR server), lets the FHIR reader
 * make a {@link PersonRecord} of it, and answers the cards {@link RecordAdvice} gives. The FHIR
 * reader is given ({@code dev.unknot.fhir.FhirRecordReader} in the program), so this class knows
 * nothing of how resources become a record. Thread-safe.
 */
public final class CdsService {
    public static final String ID = "unknot-back-pain";
    public static final String HOOK = "patient-view";

    /** Our identifier system for a person: the value is the profile name. */
    public static final String PROFILE_SYSTEM = "https://unknot.dev/fhir/sid/profile";

    /** What the service asks the EHR to prefetch; every key is needed. */
    public static final Map<String, String> PREFETCH = prefetch();

    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RecordAdvice advice;
    private final Function<Bundle, PersonRecord> reader;
    private final Database database;
    private final FhirFetch fetch;
    private final String publicUrl;

    public CdsService(
            RecordAdvice advice,
            Function<Bundle, PersonRecord> reader,
            Database database,
            FhirFetch fetch,
            String publicUrl) {
        this.advice = advice;
        this.reader = reader;
        this.database = database;
        this.fetch = fetch;
        this.publicUrl =
                publicUrl.endsWith("/")
                        ? publicUrl.substring(0, publicUrl.length() - 1)
                        : publicUrl;
    }

    private static Map<String, String> prefetch() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("patient", "Patient/{{context.patientId}}");
        queries.put(
                "observations",
                "Observation?patient={{context.patientId}}&code="
                        + String.join(
                                ",",
                                "http://loinc.org|72514-3",
                                "http://loinc.org|97908-8",
                                "http://loinc.org|97909-6",
                                "http://loinc.org|91349-1",
                                "http://loinc.org|91351-7",
                                "http://loinc.org|91352-5",
                                "https://unknot.dev/fhir/CodeSystem/rmdq|score"));
        queries.put("responses", "QuestionnaireResponse?subject={{context.patientId}}");
        return java.util.Collections.unmodifiableMap(queries);
    }

    /** The discovery document ({@code GET /cds-services}). */
    public static String discovery() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode service = root.putArray("services").addObject();
        service.put("hook", HOOK);
        service.put("id", ID);
        service.put("title", "unknot: lower-back knot self-care");
        service.put(
                "description",
                "What unknot's safety rules make of a person's own back-pain answers, pain diary"
                        + " and outcome measures: red flags first, then advice to see a clinician."
                        + " Self-care support, not a diagnosis.");
        ObjectNode queries = service.putObject("prefetch");
        PREFETCH.forEach(queries::put);
        service.put(
                "usageRequirements",
                "The EHR's issuer and JWK set must be on unknot's trust list; links open unknot's"
                        + " clinician pages, which need a clinician sign-in.");
        return root.toString();
    }

    /** The answer to a call of service {@code id}: {@code {"cards": [...]}} as JSON. */
    public String call(String id, String body, TrustedEhr ehr) {
        known(id);
        JsonNode request = object(body);
        if (!HOOK.equals(text(request, "hook", 1, "hook"))) {
            throw new CdsRefusal(400, "this service answers the " + HOOK + " hook", "hook");
        }
        text(request, "hookInstance", 1, "hookInstance");
        JsonNode context = request.path("context");
        if (!context.isObject()) {
            throw new CdsRefusal(400, "context is required", "context");
        }
        String patientId = text(context, "patientId", 1, "context.patientId");
        if (!FHIR_ID.matcher(patientId).matches()) {
            throw new CdsRefusal(400, "context.patientId must be a FHIR id", "context.patientId");
        }
        Bundle bundle = gather(request, patientId, ehr);
        Optional<String> page = personPage(bundle, patientId);
        PersonRecord record = reader.apply(bundle);
        ArrayNode cards = JSON.createArrayNode();
        for (AdviceItem item : advice.advise(record)) {
            cards.add(JSON.valueToTree(Cards.card(item, page)));
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("cards", cards);
        return answer.toString();
    }

    private static void known(String id) {
        if (!ID.equals(id)) {
            throw new CdsRefusal(404, "there is no CDS service with this id", "");
        }
    }

    /** The prefetch as one collection bundle, a missing query fetched where the EHR allows it. */
    private Bundle gather(JsonNode request, String patientId, TrustedEhr ehr) {
        JsonNode prefetch = request.path("prefetch");
        if (!prefetch.isMissingNode() && !prefetch.isNull() && !prefetch.isObject()) {
            throw new CdsRefusal(400, "prefetch must be an object", "prefetch");
        }
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        for (Map.Entry<String, String> query : PREFETCH.entrySet()) {
            JsonNode value = prefetch.path(query.getKey());
            String json;
            if (value.isObject()) {
                json = value.toString();
            } else if (value.isMissingNode() || value.isNull()) {
                json =
                        fetched(
                                        request,
                                        ehr,
                                        query.getValue()
                                                .replace("{{context.patientId}}", patientId))
                                .orElseThrow(
                                        () ->
                                                new CdsRefusal(
                                                        412,
                                                        "prefetch "
                                                                + query.getKey()
                                                                + " is missing and cannot be fetched",
                                                        "prefetch." + query.getKey()));
            } else {
                throw new CdsRefusal(
                        400,
                        "a prefetch value must be a FHIR resource or null",
                        "prefetch." + query.getKey());
            }
            add(bundle, json, "prefetch." + query.getKey());
        }
        return bundle;
    }

    private Optional<String> fetched(JsonNode request, TrustedEhr ehr, String query) {
        String server = request.path("fhirServer").asText("");
        String token = request.path("fhirAuthorization").path("access_token").asText("");
        if (server.isEmpty() || token.isEmpty() || !ehr.allowsFhirServer(server)) {
            return Optional.empty();
        }
        return fetch.get(server, query, token);
    }

    private static void add(Bundle bundle, String json, String field) {
        IBaseResource resource;
        try {
            resource = dev.unknot.fhir.Fhir.context().newJsonParser().parseResource(json);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new CdsRefusal(400, "not a FHIR R4 resource", field);
        }
        if (resource instanceof Bundle found) {
            for (Bundle.BundleEntryComponent entry : found.getEntry()) {
                if (entry.hasResource()) {
                    bundle.addEntry().setResource(entry.getResource());
                }
            }
        } else if (resource instanceof Resource single) {
            bundle.addEntry().setResource(single);
        }
    }

    /**
     * The clinician's page of the person the EHR's patient is, when its identifier in unknot's
     * system names a person unknot knows; the page itself still asks for the person's consent.
     */
    private Optional<String> personPage(Bundle bundle, String patientId) {
        List<Patient> patients = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof Patient patient) {
                patients.add(patient);
            }
        }
        for (Patient patient : patients) {
            if (patient.hasIdElement()
                    && patient.getIdElement().getIdPart() != null
                    && !patient.getIdElement().getIdPart().equals(patientId)) {
                throw new CdsRefusal(
                        400, "the prefetched Patient is not context.patientId", "prefetch.patient");
            }
        }
        return patients.stream()
                .flatMap(patient -> patient.getIdentifier().stream())
                .filter(identifier -> PROFILE_SYSTEM.equals(identifier.getSystem()))
                .map(Identifier::getValue)
                .filter(value -> value != null && !value.isBlank())
                .findFirst()
                .flatMap(this::personId)
                .map(id -> publicUrl + "/clinician/people/" + id);
    }

    private Optional<Long> personId(String profile) {
        String name;
        try {
            name = Person.checkName(profile);
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
        return database.inTransaction(tx -> tx.people().find(name)).map(Person::id);
    }

    /** Stores the feedback of a {@code POST /cds-services/{id}/feedback}, checked strictly. */
    public int feedback(String id, String body, TrustedEhr ehr, java.time.Clock clock) {
        known(id);
        List<dev.unknot.care.EhrFeedback> items =
                FeedbackReader.read(object(body), ehr.issuer(), id, clock.instant());
        database.inTransaction(
                tx -> {
                    items.forEach(tx.cds()::saveFeedback);
                    return null;
                });
        return items.size();
    }

    static JsonNode object(String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new CdsRefusal(400, "the body is not JSON", "");
        }
        if (node == null || !node.isObject()) {
            throw new CdsRefusal(400, "the body must be a JSON object", "");
        }
        return node;
    }

    private static String text(JsonNode node, String name, int minLength, String field) {
        JsonNode value = node.path(name);
        if (!value.isTextual()
                || value.asText().length() < minLength
                || value.asText().length() > 200) {
            throw new CdsRefusal(400, field + " is required (a string)", field);
        }
        return value.asText();
    }
}
