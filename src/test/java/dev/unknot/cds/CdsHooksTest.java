package dev.unknot.cds;

import static dev.unknot.cds.CdsFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.cds.CdsFixtures.Pain;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The CDS Hooks 2.0 contract over real HTTP: discovery, the cards for each disposition and for a
 * diary escalation (every field the spec shapes, no empty optional member), the request checks, 412
 * and fetching from an allowed FHIR server, and feedback stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CdsHooksTest {
    private CdsServer cds;
    private long alexId;

    @BeforeAll
    void start() {
        cds = new CdsServer("cds-hooks");
        alexId =
                cds.app
                        .database(Optional.empty())
                        .inTransaction(tx -> tx.people().findOrCreate("alex", Instant.now()))
                        .id();
    }

    @AfterAll
    void stop() {
        cds.close();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode cards(Map<String, Object> intakeChanges) {
        return cards(
                CdsFixtures.request(
                        "p1",
                        Optional.of("alex"),
                        Optional.of(CdsFixtures.intake(intakeChanges)),
                        List.of()));
    }

    private JsonNode cards(ObjectNode request) {
        HttpResponse<String> response = cds.call(request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/json");
        JsonNode cards = json(response).get("cards");
        assertThat(cards.isArray()).isTrue();
        cards.forEach(CdsHooksTest::checkCard);
        return cards;
    }

    /** Every field the spec shapes, and no optional member left empty anywhere. */
    static void checkCard(JsonNode card) {
        assertThat(card.get("uuid").asText()).matches("[0-9a-f-]{36}");
        assertThat(card.get("summary").asText()).isNotBlank().hasSizeLessThan(140);
        assertThat(card.get("indicator").asText()).isIn("info", "warning", "critical");
        assertThat(card.get("detail").asText())
                .contains("not a diagnosis")
                .as("a card shows no plan, so it never points to one below")
                .doesNotContain("below");
        assertThat(card.get("source").get("label").asText()).isNotBlank();
        assertThat(card.get("source").path("url").asText("https://x")).startsWith("https://");
        assertThat(emptyMembers(card, "")).isEmpty();
    }

    static List<String> emptyMembers(JsonNode node, String path) {
        List<String> empty = new ArrayList<>();
        if (node.isNull()
                || (node.isTextual() && node.asText().isEmpty())
                || (node.isContainerNode() && node.isEmpty())) {
            empty.add(path);
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                empty.addAll(emptyMembers(field.getValue(), path + "." + field.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                empty.addAll(emptyMembers(node.get(i), path + "[" + i + "]"));
            }
        }
        return empty;
    }

    @Test
    void discoveryNamesThePatientViewServiceAndItsPrefetchWithoutAToken() {
        HttpResponse<String> response = cds.get("/cds-services");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode service = json(response).get("services").get(0);
        assertThat(service.get("hook").asText()).isEqualTo("patient-view");
        assertThat(service.get("id").asText()).isEqualTo("unknot-back-pain");
        assertThat(service.get("title").asText()).isNotBlank();
        assertThat(service.get("description").asText()).isNotBlank();
        JsonNode prefetch = service.get("prefetch");
        assertThat(prefetch.get("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
        assertThat(prefetch.get("observations").asText())
                .startsWith("Observation?patient={{context.patientId}}&code=")
                .contains("http://loinc.org|72514-3", "http://loinc.org|91352-5");
        assertThat(prefetch.get("responses").asText())
                .isEqualTo("QuestionnaireResponse?subject={{context.patientId}}");
        assertThat(emptyMembers(json(response), "")).isEmpty();
    }

    @Test
    void anEmergencyIntakeGivesOneCriticalCardNamingTheRuleAndItsSourceWithALinkToThePerson() {
        JsonNode cards = cards(Map.of("flags.bladderBowelChange", true));
        assertThat(cards).hasSize(1);
        JsonNode card = cards.get(0);
        assertThat(card.get("indicator").asText()).isEqualTo("critical");
        assertThat(card.get("summary").asText()).startsWith("EMERGENCY");
        assertThat(card.get("detail").asText())
                .contains("Loss of bladder or bowel control", "(rule R1)");
        assertThat(card.get("source").get("label").asText()).contains("NHS");
        assertThat(card.get("source").get("url").asText()).startsWith("https://www.nhs.uk/");
        JsonNode link = card.get("links").get(0);
        assertThat(link.get("type").asText()).isEqualTo("absolute");
        assertThat(link.get("url").asText())
                .isEqualTo(CdsServer.PUBLIC + "/clinician/people/" + alexId);
        assertThat(link.get("label").asText()).isNotBlank();
    }

    @Test
    void anUrgentIntakeGivesAWarningCard() {
        JsonNode cards = cards(Map.of("flags.fever", true));
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).get("indicator").asText()).isEqualTo("warning");
        assertThat(cards.get(0).get("summary").asText()).startsWith("URGENT");
        assertThat(cards.get(0).get("detail").asText()).contains("(rule R7)");
    }

    @Test
    void anIntakeThatNeedsAClinicianGivesAWarningCard() {
        JsonNode cards = cards(Map.of("flags.weightLoss", true));
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).get("indicator").asText()).isEqualTo("warning");
        assertThat(cards.get(0).get("detail").asText()).contains("(rule R9)");
    }

    @Test
    void aSelfCareIntakeGivesAnInfoCard() {
        JsonNode cards = cards(Map.of());
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).get("indicator").asText()).isEqualTo("info");
        assertThat(cards.get(0).get("summary").asText()).doesNotContain("EMERGENCY", "URGENT");
    }

    @Test
    void aPatientUnknotDoesNotKnowGetsCardsWithoutALink() {
        JsonNode cards =
                cards(
                        CdsFixtures.request(
                                "p2",
                                Optional.of("nobody-here"),
                                Optional.of(CdsFixtures.intake(Map.of("flags.fever", true))),
                                List.of()));
        assertThat(cards.get(0).has("links")).isFalse();
    }

    @Test
    void painUpWeekOnWeekInTheDiaryRaisesTheEscalationRuleAsAWarningCard() {
        List<Pain> diary = new ArrayList<>();
        for (int day = 13; day >= 7; day--) {
            diary.add(new Pain(day, 3));
        }
        for (int day = 6; day >= 0; day--) {
            diary.add(new Pain(day, 6));
        }
        JsonNode cards =
                cards(CdsFixtures.request("p3", Optional.empty(), Optional.empty(), diary));
        assertThat(cards).hasSize(1);
        JsonNode card = cards.get(0);
        assertThat(card.get("indicator").asText()).isEqualTo("warning");
        assertThat(card.get("summary").asText()).isEqualTo("Worse this week than last week");
        assertThat(card.get("detail").asText()).contains("(rule F2)", "average pain 6.0");
    }

    @Test
    void aHighRiskStartBackResultWrittenByUnknotsFhirExportRaisesAWarningCard() {
        List<org.hl7.fhir.r4.model.Bundle> result =
                CdsFixtures.measure("p4", "startback", "1,1,1,1,1,1,1,1,1");
        ObjectNode request =
                CdsFixtures.request("p4", Optional.of("alex"), Optional.empty(), List.of());
        ObjectNode prefetch = (ObjectNode) request.get("prefetch");
        prefetch.set("responses", CdsFixtures.resource(result.get(0)));
        prefetch.set("observations", CdsFixtures.resource(result.get(1)));
        JsonNode cards = cards(request);
        assertThat(cards).hasSize(1);
        assertThat(cards.get(0).get("indicator").asText()).isEqualTo("warning");
        assertThat(cards.get(0).get("summary").asText()).containsIgnoringCase("STarT Back");
    }

    @Test
    void withoutPrefetchOrAFhirServerTheAnswerIs412() {
        HttpResponse<String> response = cds.call(CdsFixtures.bare("p4"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(412);
        assertThat(response.body()).doesNotContain("p4");
    }

    @Test
    void aMissingPrefetchIsFetchedFromAFhirServerTheTrustFileListsWithTheAccessToken() {
        ObjectNode request =
                CdsFixtures.request(
                        "p5",
                        Optional.empty(),
                        Optional.of(CdsFixtures.intake(Map.of("flags.fever", true))),
                        List.of());
        JsonNode responses = ((ObjectNode) request.get("prefetch")).remove("responses");
        ((ObjectNode) request.get("prefetch")).putNull("observations");
        cds.fhirAnswers.put("QuestionnaireResponse", responses.toString());
        cds.fhirAnswers.put(
                "Observation",
                CdsFixtures.resource(CdsFixtures.observations("p5", List.of())).toString());
        request.put("fhirServer", cds.fhirBase());
        ObjectNode authorization = request.putObject("fhirAuthorization");
        authorization.put("access_token", "fhir-token-1");
        authorization.put("token_type", "Bearer");
        authorization.put("expires_in", 300);
        authorization.put("scope", "patient/*.read");
        authorization.put("subject", "unknot");
        int before = cds.fhirAuthorizations.size();
        JsonNode cards = cards(request);
        assertThat(cards.get(0).get("indicator").asText()).isEqualTo("warning");
        assertThat(cds.fhirAuthorizations.subList(before, cds.fhirAuthorizations.size()))
                .containsExactly("Bearer fhir-token-1", "Bearer fhir-token-1");
    }

    @Test
    void aFhirServerTheTrustFileDoesNotListIsNeverCalled() {
        ObjectNode request = CdsFixtures.bare("p6");
        String unlisted =
                "http://127.0.0.1:" + (cds.fhir.getAddress().getPort() == 1 ? 2 : 1) + "/fhir";
        for (String server : List.of(unlisted, "https://evil.example.org/fhir", "file:///etc")) {
            request.put("fhirServer", server);
            request.putObject("fhirAuthorization").put("access_token", "t");
            int before = cds.fhirAuthorizations.size();
            HttpResponse<String> response = cds.call(request);
            assertThat(response.statusCode()).as(server).isEqualTo(412);
            assertThat(cds.fhirAuthorizations).hasSize(before);
        }
    }

    @Test
    void aRequestWithoutHookInstanceOrPatientIdIs400AndAnUnknownServiceIs404() {
        ObjectNode noInstance = CdsFixtures.bare("p7");
        noInstance.remove("hookInstance");
        assertThat(cds.call(noInstance).statusCode()).isEqualTo(400);
        ObjectNode noPatient = CdsFixtures.bare("p7");
        ((ObjectNode) noPatient.get("context")).remove("patientId");
        HttpResponse<String> response = cds.call(noPatient);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("field").asText()).isEqualTo("context.patientId");
        ObjectNode otherHook = CdsFixtures.bare("p7");
        otherHook.put("hook", "order-sign");
        assertThat(cds.call(otherHook).statusCode()).isEqualTo(400);
        String path = "/cds-services/no-such-service";
        assertThat(
                        cds.post(
                                        path,
                                        CdsFixtures.bare("p7").toString(),
                                        Optional.of(cds.token(path)))
                                .statusCode())
                .isEqualTo(404);
    }

    @Test
    void feedbackIsCheckedStrictlyAndStored() {
        String path = CdsServer.SERVICE + "/feedback";
        String good =
                """
                {"feedback": [
                  {"card": "4e0a3a1e-3283-4575-ab82-028d55fe2719", "outcome": "accepted",
                   "acceptedSuggestions": [{"id": "s1"}], "outcomeTimestamp": "2026-12-01T10:00:00Z"},
                  {"card": "5e0a3a1e-3283-4575-ab82-028d55fe2719", "outcome": "overridden",
                   "overrideReason": {"reason": {"code": "patient-refused", "system": "https://example.org", "display": "Patient refused"},
                                      "userComment": "seen by physio already"},
                   "outcomeTimestamp": "2026-12-01T10:05:00+01:00"}
                ]}
                """;
        HttpResponse<String> stored = cds.post(path, good, Optional.of(cds.token(path)));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        var feedback =
                cds.app.database(Optional.empty()).inTransaction(tx -> tx.cds().recentFeedback(10));
        assertThat(feedback)
                .anySatisfy(
                        item -> {
                            assertThat(item.outcome()).isEqualTo("overridden");
                            assertThat(item.overrideReason())
                                    .isEqualTo("Patient refused: seen by physio already");
                            assertThat(item.issuer()).isEqualTo(CdsServer.EHR);
                        })
                .anySatisfy(item -> assertThat(item.acceptedSuggestions()).isEqualTo(1));
        for (String bad :
                List.of(
                        "{\"feedback\": []}",
                        "{\"feedback\": [{\"card\": \"c\", \"outcome\": \"maybe\", \"outcomeTimestamp\": \"2026-12-01T10:00:00Z\"}]}",
                        "{\"feedback\": [{\"card\": \"c\", \"outcome\": \"accepted\"}]}",
                        "{\"feedback\": [{\"card\": \"c\", \"outcome\": \"accepted\", \"outcomeTimestamp\": \"yesterday\"}]}",
                        "{\"feedback\": [{\"card\": \"c\", \"outcome\": \"accepted\", \"outcomeTimestamp\": \"2026-12-01T10:00:00Z\", \"extra\": 1}]}",
                        "{\"feedback\": [{\"card\": \"c\", \"outcome\": \"accepted\", \"overrideReason\": {}, \"outcomeTimestamp\": \"2026-12-01T10:00:00Z\"}]}",
                        "{\"other\": 1}")) {
            HttpResponse<String> refused = cds.post(path, bad, Optional.of(cds.token(path)));
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
        }
    }
}
