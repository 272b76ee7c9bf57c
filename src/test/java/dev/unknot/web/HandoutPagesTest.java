package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.Question;
import dev.unknot.intake.TestIntakes;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HandoutPagesTest {
    static final Intake EXAMPLE = new IntakeJson().read(TestIntakes.EXAMPLE_JSON);

    private WebClient web;

    @BeforeEach
    void start() {
        web = new WebClient();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aSignedInPersonDownloadsThePlanOfTheirLatestSavedAnswers() throws IOException {
        web.signUp("sam");
        web.save("web-sam", EXAMPLE);

        HttpResponse<byte[]> pdf = web.getBytes("/plan.pdf?paper=a4");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"unknot-plan.pdf\"");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Your self-care plan", "For sam · ")
                    .contains("Stop at once and get help if you notice")
                    .contains("Call 999 now or go to A&E.");
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isEqualTo(PDRectangle.A4.getWidth());
        }
    }

    @Test
    void letterPaperIsLaidOutForLetter() throws IOException {
        web.signUp("lee");
        web.save("web-lee", EXAMPLE);

        HttpResponse<byte[]> pdf = web.getBytes("/plan.pdf?paper=letter");

        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getPage(0).getMediaBox().getHeight())
                    .isEqualTo(PDRectangle.LETTER.getHeight());
        }
    }

    @Test
    void theResultPagesLinkPrintsThePlanItShows() throws IOException {
        String a = WizardState.encode(EXAMPLE);
        String result = web.get("/result?a=" + a).body();

        assertThat(result).contains("Print your plan (PDF)", "/plan.pdf?a=" + a + "&amp;paper=a4");
        HttpResponse<byte[]> pdf = web.getBytes("/plan.pdf?a=" + a + "&paper=a4");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("For you · ");
        }
    }

    @Test
    void withoutSavedAnswersThereIsNoPlanToPrintInWords() {
        web.signUp("kim");

        HttpResponse<String> problem = web.get("/plan.pdf");
        HttpResponse<String> page = web.getHtml("/plan.pdf");

        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(problem.body()).contains("no individual plan and no saved answers yet");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("No plan to print", "no individual plan and no saved answers yet");
    }

    @Test
    void answersThatAllowNoPlanHaveNoneToPrint() {
        String a =
                WizardState.encode(
                        TestIntakes.allNo().put(Question.BLADDER_BOWEL_CHANGE, true).build());

        HttpResponse<String> problem = web.get("/plan.pdf?a=" + a);

        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.body()).contains("do not lead to a self-care plan");
    }

    @Test
    void anUnknownPaperIsABadRequestNamingIt() {
        HttpResponse<String> problem =
                web.get("/plan.pdf?a=" + WizardState.encode(EXAMPLE) + "&paper=a3");

        assertThat(problem.statusCode()).isEqualTo(400);
        assertThat(problem.body()).contains("paper", "must be a4 or letter, was 'a3'");
    }

    @Test
    void theLatestSavedPlanNeedsASignIn() {
        assertThat(web.get("/plan.pdf").statusCode()).isEqualTo(401);
        HttpResponse<String> page = web.getHtml("/plan.pdf");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/login?next=%2Fplan.pdf");
    }

    @Test
    void theAccountPageLinksToThePrintedPlan() {
        web.signUp("ana");

        assertThat(web.getHtml("/account").body())
                .contains("Print your plan (PDF)", "/plan.pdf?paper=a4");
    }
}
