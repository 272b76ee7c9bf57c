package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.account.Credentials;
import dev.unknot.app.TestApps;
import dev.unknot.care.EhrFeedback;
import dev.unknot.clinic.ClinicAdmin;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What EHRs said about unknot's cards is shown to clinicians in words, behind the clinician
 * sign-in, and the dashboard links to it.
 */
class CdsFeedbackPageTest {
    @Test
    void aClinicianReadsTheEhrsFeedbackInWordsAndOthersCannot() {
        try (WebClient web =
                new WebClient(
                        TestApps.inMemory(
                                "cds-feedback", TestApps.ROOMY, Clock.systemDefaultZone()),
                        false)) {
            ClinicAdmin admin = web.app().clinicAdmin(Optional.empty());
            admin.create("North");
            admin.addClinician("North", new Credentials("doc", WebClient.PASSWORD), "Dr Doc");
            web.app()
                    .database(Optional.empty())
                    .inTransaction(
                            tx -> {
                                tx.cds()
                                        .saveFeedback(
                                                new EhrFeedback(
                                                        "https://ehr.example.org",
                                                        "unknot-back-pain",
                                                        "card-1",
                                                        "overridden",
                                                        0,
                                                        "Patient refused: seen by physio already",
                                                        Instant.parse("2026-12-01T10:05:00Z"),
                                                        Instant.now()));
                                return null;
                            });
            assertThat(web.getHtml("/clinician/cds-feedback").statusCode()).isEqualTo(303);
            WebClient person = web.other().signUp("someone");
            assertThat(person.get("/clinician/cds-feedback").statusCode()).isEqualTo(403);

            WebClient doc = web.other().signIn("doc");
            HttpResponse<String> page = doc.getHtml("/clinician/cds-feedback");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains(
                            "a clinician at https://ehr.example.org set the advice aside",
                            "seen by physio already",
                            "1 December 2026");
            assertThat(doc.getHtml("/clinician").body())
                    .contains("href=\"/clinician/cds-feedback\"");
        }
    }
}
