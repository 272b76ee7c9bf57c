package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.account.Credentials;
import dev.unknot.app.InternalCodes;
import dev.unknot.clinic.ClinicAdmin;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The clinician's pages and the person's consent pages show words, not codes, and say that unknot
 * is education and self-care support, not a diagnosis (the same scan as {@link
 * PatientPagesShowWordsTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicianPagesShowWordsTest {
    private WebClient web;
    private WebClient doc;
    private WebClient ana;
    private long anaId;

    @BeforeAll
    void aClinicianAndAPersonWithARecord() throws IOException {
        web = new WebClient();
        ClinicAdmin admin = web.app().clinicAdmin(Optional.empty());
        admin.create("North Clinic");
        admin.addClinician(
                "North Clinic", new Credentials("doc", WebClient.PASSWORD), "Dr Ada Lee");
        doc = web.other().signIn("doc");
        ana = web.other().signUp("wordsana");
        LocalDate today = LocalDate.now();
        for (int day = 20; day >= 0; day -= 4) {
            ana.postForm(
                    "/diary",
                    Map.of(
                            "pain",
                            String.valueOf(3 + day / 4),
                            "date",
                            today.minusDays(day).toString()));
        }
        ana.postForm("/diary", Map.of("pain", "8", "flags.fever", "yes"));
        ana.postForm("/measures/nprs", Map.of("q1", "6"));
        ana.sendJson("POST", "/api/breaks/start", "{}");
        ana.sendJson("POST", "/api/breaks/done", "{}");
        String code =
                new ObjectMapper()
                        .readTree(doc.sendJson("POST", "/api/clinician/invites", "").body())
                        .get("code")
                        .asText();
        ana.sendJson("POST", "/api/care/invites/" + code, "{\"answer\":\"accept\"}");
        anaId =
                web.app()
                        .database(Optional.empty())
                        .inTransaction(tx -> tx.accounts().find("wordsana"))
                        .orElseThrow()
                        .personId();
    }

    @AfterAll
    void close() {
        web.close();
    }

    @Test
    void noClinicianOrConsentPageShowsAnInternalCode() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/clinician", doc.getHtml("/clinician").body());
        pages.put("/clinician/people/{id}", doc.getHtml("/clinician/people/" + anaId).body());
        pages.put("/clinician/reviews", doc.getHtml("/clinician/reviews").body());
        pages.put("/clinician/invites (made)", doc.postForm("/clinician/invites", Map.of()).body());
        String code =
                doc.postForm("/clinician/invites", Map.of())
                        .body()
                        .replaceAll("(?s).*href=\"[^\"]*/invite/([A-Z0-9]+)\".*", "$1");
        WebClient ben = web.other().signUp("wordsben");
        pages.put("/invite/{code}", ben.getHtml("/invite/" + code).body());
        pages.put("/invite", ben.getHtml("/invite").body());
        pages.put("/account (shared, looked at)", ana.getHtml("/account").body());
        long escalation = web.app().careTeam().reviewsFor(anaId).get(0).escalationId();
        doc.postForm("/clinician/reviews/" + escalation, Map.of("note", "Please call the clinic"));
        pages.put("/diary (seen)", ana.getHtml("/diary").body());

        pages.forEach(
                (path, page) -> {
                    assertThat(page).as(path).containsIgnoringCase("not a diagnosis");
                    assertThat(InternalCodes.foundInPage(page))
                            .as("internal codes shown on %s", path)
                            .isEmpty();
                });
        assertThat(pages.get("/clinician"))
                .contains("wordsana")
                .contains("Red flag: urgent advice not yet reviewed");
        assertThat(pages.get("/clinician/people/{id}"))
                .contains("<svg")
                .contains("Pain over the last 28 days")
                .contains(
                        "Movement breaks over the last 28 days (taken or time away from the keyboard): 1 on 1 day, at most 1 in a day.");
        assertThat(doc.get("/api/clinician/people/" + anaId).body())
                .contains("\"breaks\":[{\"at\":\"")
                .contains("\"outcome\":\"taken\"");
        assertThat(pages.get("/diary (seen)")).contains("Seen by Dr Ada Lee on");
    }
}
