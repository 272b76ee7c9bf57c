package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.fhir.FhirRecordReader;
import dev.unknot.fhir.FhirValidation;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.TestIntakes;
import dev.unknot.workstation.Checklist;
import dev.unknot.workstation.Item;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The FHIR routes: the published questionnaires, a person's own Bundle, and a clinician's download
 * of a person who shares (404 otherwise, as for every clinician route).
 */
class FhirRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebClient clinician = new WebClient();
    private final WebClient person = clinician.other();

    FhirRoutesTest() {
        clinician.clinicianOf("Back Clinic", "drlee", "Dr Lee");
        person.signUp("ann");
    }

    @AfterEach
    void close() {
        clinician.close();
    }

    private void share() throws Exception {
        assertThat(clinician.sharedWithMeBy(person).statusCode()).isLessThan(300);
    }

    private long id() {
        return clinician.app().plans(Optional.empty()).personId("web-ann").orElseThrow();
    }

    private void someRecord() {
        person.save("web-ann", new IntakeJson().read(TestIntakes.EXAMPLE_JSON));
        person.sendJson("POST", "/api/diary", "{\"pain\":4}");
    }

    @Test
    void everyPublishedQuestionnaireIsServedAsFhirJson() {
        for (String id :
                new String[] {"intake", "nprs", "odi", "rmdq", "startback", "workstation"}) {
            HttpResponse<String> response = person.get("/fhir/Questionnaire/" + id);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .startsWith("application/fhir+json");
            assertThat(response.body())
                    .contains("\"url\": \"https://unknot.dev/fhir/Questionnaire/" + id + "\"");
        }
    }

    @Test
    void anUnknownQuestionnaireIsANotFoundProblem() {
        HttpResponse<String> response = person.get("/fhir/Questionnaire/phq9");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(response.body()).contains("phq9");
    }

    @Test
    void aSignedInPersonDownloadsTheirRecordAsAValidBundle() {
        someRecord();

        HttpResponse<String> response = person.get("/account/record.fhir.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/fhir+json");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"unknot-record.fhir.json\"");
        Bundle bundle = FhirRecordReader.parse(response.body());
        FhirValidation.assertValid(bundle);
        assertThat(response.body()).contains("\"value\": \"web-ann\"", "72514-3");
        assertThat(person.getHtml("/account").body()).contains("/account/record.fhir.json");
    }

    @Test
    void aPersonWithNothingStoredYetDownloadsABundleWithOnlyThemAndTheQuestionnaires() {
        HttpResponse<String> response = person.get("/account/record.fhir.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(FhirRecordReader.parse(response.body()).getEntry()).hasSize(7);
    }

    @Test
    void aWorkstationCheckTakenOnTheWebIsInThePersonsBundleWithItsQuestionnaire() {
        StringBuilder answers = new StringBuilder();
        for (Item item : Checklist.load(WebClient.KNOWLEDGE).items()) {
            answers.append(answers.isEmpty() ? "" : ",")
                    .append('"')
                    .append(item.id())
                    .append("\":\"")
                    .append(item.id().equals("glare") ? "not-sure" : item.choices().get(0).key())
                    .append('"');
        }
        HttpResponse<String> taken =
                person.sendJson("POST", "/api/workstation", "{\"answers\":{" + answers + "}}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);

        HttpResponse<String> response = person.get("/account/record.fhir.json");

        assertThat(response.statusCode()).isEqualTo(200);
        FhirValidation.assertValid(FhirRecordReader.parse(response.body()));
        assertThat(response.body())
                .contains(
                        "\"fullUrl\": \"https://unknot.dev/fhir/Questionnaire/workstation\"",
                        "\"questionnaire\": \"https://unknot.dev/fhir/Questionnaire/workstation\"",
                        "\"code\": \"not-sure\"");
    }

    @Test
    void signedOutThereIsNoRecordToDownload() {
        WebClient stranger = new WebClient();
        try {
            assertThat(stranger.get("/account/record.fhir.json").statusCode()).isEqualTo(401);
        } finally {
            stranger.close();
        }
    }

    @Test
    void aClinicianDownloadsTheRecordOfAPersonWhoSharesAndNotFoundOnceTheyStop() throws Exception {
        someRecord();
        share();
        long ann = id();

        HttpResponse<String> shared =
                clinician.get("/clinician/people/" + ann + "/record.fhir.json");

        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(shared.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"unknot-record.fhir.json\"");
        assertThat(shared.body()).contains("\"value\": \"web-ann\"", "72514-3");
        assertThat(clinician.getHtml("/clinician/people/" + ann).body())
                .contains("/clinician/people/" + ann + "/record.fhir.json");

        long clinicianId =
                JSON.readTree(person.get("/api/care").body())
                        .path("clinicians")
                        .path(0)
                        .path("clinicianId")
                        .asLong();
        person.sendJson("DELETE", "/api/care/clinicians/" + clinicianId, "");

        assertThat(clinician.get("/clinician/people/" + ann + "/record.fhir.json").statusCode())
                .isEqualTo(404);
    }
}
