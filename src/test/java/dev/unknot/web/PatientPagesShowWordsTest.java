package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.InternalCodes;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.Interview;
import dev.unknot.intake.Intake;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import dev.unknot.intake.TestIntakes;
import dev.unknot.knowledge.WizardPages;
import dev.unknot.workstation.Checklist;
import dev.unknot.workstation.Item;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every page a person reads shows words, not codes: no {@code flags.} paths, no camelCase field
 * names, no enum codes (the list is built from the enums and the knowledge base, see {@link
 * InternalCodes}). Codes may stay in {@code data-} attributes, form values and scripts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientPagesShowWordsTest {
    private static final WizardFlow FLOW =
            new WizardFlow(
                    new Interview(WebClient.KNOWLEDGE, new Assessor(WebClient.KNOWLEDGE).triage()),
                    WizardPages.load(WebClient.KNOWLEDGE));
    private WebClient web;

    @BeforeAll
    void signUpAndKeepADiary() {
        web = new WebClient().signUp("wordsonly");
        LocalDate today = LocalDate.now();
        for (int day = 16; day >= 0; day -= 4) {
            web.postForm("/diary", Map.of("pain", "6", "date", today.minusDays(day).toString()));
        }
        web.postForm("/diary", Map.of("pain", "5", "flags.fever", "yes"));
        for (int check = 0; check < 2; check++) {
            Map<String, String> desk = new LinkedHashMap<>();
            for (Item item : Checklist.load(WebClient.KNOWLEDGE).items()) {
                desk.put(item.id(), item.choices().get(check == 0 ? 1 : 0).key());
            }
            desk.put("glare", "not-sure");
            web.postForm("/workstation", desk);
        }
    }

    @AfterAll
    void close() {
        web.close();
    }

    /** The page a browser would show: a redirect followed. */
    private String shown(HttpResponse<String> response) {
        for (int hops = 0; hops < 3 && response.statusCode() / 100 == 3; hops++) {
            response =
                    web.getHtml(
                            response.headers()
                                    .firstValue("Location")
                                    .orElseThrow()
                                    .replaceFirst("#.*", ""));
        }
        return response.body();
    }

    private static String answers(Intake intake) {
        return WizardState.encode(intake);
    }

    private Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        Intake selfCare = TestIntakes.allNo().build();
        Intake emergency = TestIntakes.allNo().put(Question.BLADDER_BOWEL_CHANGE, true).build();
        Intake urgent = TestIntakes.allNo().put(Question.FEVER, true).build();
        Intake clinician =
                TestIntakes.allNo().put(Question.LEG_WEAKNESS, LegWeakness.ONE_LEG).build();
        Intake incomplete = Intake.builder().put(Question.PAIN_NOW, 4).build();
        for (String path :
                new String[] {
                    "/",
                    "/assess",
                    "/result?a=" + answers(selfCare),
                    "/result?a=" + answers(emergency),
                    "/result?a=" + answers(urgent),
                    "/result?a=" + answers(clinician),
                    "/result?a=" + answers(incomplete),
                    "/session?a=" + answers(selfCare),
                    "/sources",
                    "/sources?q=ice+or+heat",
                    "/diary",
                    "/measures",
                    "/measures/nprs",
                    "/measures/odi",
                    "/measures/rmdq",
                    "/measures/startback",
                    "/account",
                    "/workstation",
                    "/workstation/result",
                    "/breaks",
                    "/no-such-page"
                }) {
            pages.put(path, shown(web.getHtml(path)));
        }
        Intake knotOnly = TestIntakes.allNo().build();
        for (Question question : Question.knotQuestions()) {
            knotOnly = knotOnly.toBuilder().clear(question).build();
        }
        pages.put(
                "/breaks (a value refused)",
                shown(
                        web.postForm(
                                "/breaks/settings",
                                Map.of(
                                        "every",
                                        "5",
                                        "long-after",
                                        "60",
                                        "long-break",
                                        "5",
                                        "notice",
                                        "1",
                                        "postpone",
                                        "5",
                                        "natural-break",
                                        "5",
                                        "start",
                                        "09:00",
                                        "end",
                                        "17:30",
                                        "place",
                                        "office"))));
        pages.put(
                "/assess (the knot's pages)",
                shown(web.get("/assess?" + FLOW.start(knotOnly).query())));
        pages.put(
                "/assess (a page sent with blanks)",
                shown(web.postForm("/assess", Map.of("a", "", "q", "", "n", "0", "go", "next"))));
        pages.put(
                "/text (read back)",
                shown(
                        web.postForm(
                                "/text",
                                Map.of(
                                        "text",
                                        "tight knot above my left hip for three days, no tingling,"
                                                + " bladder fine, I have a foam roller"))));
        pages.put(
                "/text (an emergency in the words)",
                shown(
                        web.postForm(
                                "/text",
                                Map.of("text", "I can't control my bladder since yesterday"))));
        return pages;
    }

    @Test
    void noPatientPageShowsAnInternalCode() {
        Map<String, String> pages = pages();
        assertThat(pages).hasSizeGreaterThan(20);
        pages.forEach(
                (path, page) -> {
                    assertThat(page).as(path).containsIgnoringCase("not a diagnosis");
                    assertThat(InternalCodes.foundInPage(page))
                            .as("internal codes shown on %s", path)
                            .isEmpty();
                });
    }

    @Test
    void theScanWouldCatchACodeOnAPage() {
        HttpResponse<String> home = web.get("/");
        String planted =
                home.body().replace("</main>", "<p>you said: flags.bladderBowelChange</p></main>");

        assertThat(InternalCodes.foundInPage(planted)).isNotEmpty();
    }
}
