package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.intake.TestIntakes;
import dev.unknot.intake.Tool;
import dev.unknot.knowledge.Source;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The result page's plan, advice and sources as a person sees them: a picture for every exercise,
 * sources by title, and no ids or file names in the words.
 */
class ResultViewTest {
    private static WebClient web;

    /** Day 3, pain 5, every tool at home, every safety answer no: self-care with every step. */
    static final Intake SELF_CARE =
            TestIntakes.allNo().put(Question.TOOLS, EnumSet.allOf(Tool.class)).build();

    @BeforeAll
    static void start() {
        web = new WebClient();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static String result(Intake intake) {
        return web.get("/result?a=" + WizardState.encode(intake)).body();
    }

    /** What a person reads: the page without its tags (and so without their attributes). */
    private static String words(String page) {
        String body = page.substring(page.indexOf("<main"));
        return body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
    }

    @Test
    void everyStretchAndMassageStepShowsItsPictureWithWordsForIt() {
        String page = result(SELF_CARE);

        for (var stretch : WebClient.KNOWLEDGE.care().stretches()) {
            if (page.contains("data-step=\"" + stretch.id() + "\"")) {
                assertThat(page)
                        .contains(
                                "src=\"/static/exercises/"
                                        + stretch.picture().file()
                                        + "\" alt=\""
                                        + stretch.picture().alt()
                                        + "\"");
            }
        }
        assertThat(page)
                .contains(
                        "src=\"/static/exercises/foam-roller.svg\"",
                        "src=\"/static/exercises/tennis-ball.svg\"",
                        "src=\"/static/exercises/cat-cow.svg\"");
    }

    @Test
    void thePicturesAreServedAsImagesAndNothingElseIs() {
        HttpResponse<String> picture = web.get("/static/exercises/knee-to-chest.svg");

        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(picture.body()).contains("<svg", "<title");
        assertThat(web.get("/static/exercises/nothing.svg").statusCode()).isEqualTo(404);
        assertThat(web.get("/static/exercises/..%2Fsources.yaml").statusCode()).isEqualTo(404);
    }

    @Test
    void sourcesAreShownByTitleLinkedToTheirAddressWithTheIdKeptInTheData() {
        String page = result(SELF_CARE);

        assertThat(page)
                .contains(
                        "href=\"https://www.nhs.uk/conditions/back-pain/\" data-source=\"nhs-back-pain\"",
                        ">NHS: Back pain</a>",
                        "<cite class=\"source\" data-source=\"004\">Article: How to massage lower back knots</cite>",
                        "How to massage lower back knots for quick relief");
    }

    @Test
    void noSourceIdOrFileNameIsShownInTheWords() {
        String words = words(result(SELF_CARE));

        for (Source source : WebClient.KNOWLEDGE.sources()) {
            if (source.isSeed()) {
                assertThat(words).doesNotContain(source.file());
                assertThat(words).doesNotContainPattern("\\b" + source.id() + "\\b");
            } else {
                assertThat(words).doesNotContain(source.id());
            }
        }
        assertThat(words).doesNotContain(".txt", "heat-cold", "after-acute", "SELF_CARE");
    }

    @Test
    void aSelfCareResultSaysWhatElseHelpsThenWhereToGetHelp() {
        String page = result(SELF_CARE);

        assertThat(page)
                .contains(
                        "What else helps",
                        "Keep moving",
                        "Pain relief",
                        "What recovery usually looks like",
                        "A pharmacist",
                        "A physiotherapist",
                        "Your urgent advice line",
                        "The emergency number");
        assertThat(page.indexOf("id=\"what-else-helps\""))
                .isLessThan(page.indexOf("id=\"where-to-get-help\""));
    }

    @Test
    void aResultToSeeAClinicianPutsWhereToGetHelpFirst() {
        Intake severe =
                TestIntakes.allNo()
                        .put(Question.TOOLS, EnumSet.allOf(Tool.class))
                        .put(Question.PAIN_NOW, 9)
                        .build();
        String page = result(severe);

        assertThat(page).contains("banner-see-clinician");
        assertThat(page.indexOf("id=\"where-to-get-help\""))
                .isPositive()
                .isLessThan(page.indexOf("id=\"what-else-helps\""));
    }

    @Test
    void anEmergencyResultHasNoPlanAndNoGeneralAdvice() {
        Intake emergency = TestIntakes.allNo().put(Question.SADDLE_NUMBNESS, true).build();
        String page = result(emergency);

        assertThat(page).contains("banner-emergency").doesNotContain("What else helps");
    }

    @Test
    void thePrintedPlanKeepsItsPicturesAndPrintsTheAddresses() {
        String css = web.get("/static/unknot.css").body();
        String print = css.substring(css.lastIndexOf("/* --- knowledge --- */"));

        assertThat(print)
                .contains("@media print", ".exercise-picture { display: block !important")
                .contains("attr(href)");
    }
}
