package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.TestIntakes;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PagesTest {
    /**
     * The answers a person with an ordinary knot gives, by field; every safety question is "no".
     */
    private static final Map<String, String> SELF_CARE = TestIntakes.ORDINARY_BY_PATH;

    private static final Pattern HIDDEN = Pattern.compile("name=\"([aqn])\" value=\"([^\"]*)\"");

    private static WebClient web;

    @BeforeAll
    static void start() {
        web = new WebClient();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static Map<String, String> hidden(String html) {
        Map<String, String> fields = new HashMap<>();
        Matcher matcher = HIDDEN.matcher(html);
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2));
        }
        return fields;
    }

    private static final Pattern FIELD = Pattern.compile("data-field=\"([^\"]+)\"");

    /** The questions a wizard page asks, by path, in order. */
    private static java.util.List<String> fields(String html) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        Matcher matcher = FIELD.matcher(html);
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        return fields;
    }

    private static String currentField(String html) {
        return fields(html).get(0);
    }

    /** The form of a wizard page answered from {@code answers} (else "no"), ready to send. */
    private static java.util.List<Map.Entry<String, String>> answered(
            String html, Map<String, String> answers) {
        java.util.List<Map.Entry<String, String>> form = new java.util.ArrayList<>();
        hidden(html).forEach((name, value) -> form.add(Map.entry(name, value)));
        form.add(Map.entry("go", "next"));
        for (String field : fields(html)) {
            String answer = answers.getOrDefault(field, SELF_CARE.getOrDefault(field, "no"));
            for (String value : answer.split(",")) {
                form.add(Map.entry(field, value));
            }
        }
        return form;
    }

    /**
     * Answers each page from {@code answers} (or "no") until the wizard redirects to the result.
     */
    private static HttpResponse<String> walk(String start, Map<String, String> answers) {
        return walk(start, answers, new int[1]);
    }

    /** The same, counting the wizard's pages in {@code pages}. */
    private static HttpResponse<String> walk(
            String start, Map<String, String> answers, int[] pages) {
        HttpResponse<String> page = web.get(start);
        for (int guard = 0; guard < 10; guard++) {
            assertThat(page.statusCode()).isEqualTo(200);
            pages[0]++;
            HttpResponse<String> posted = web.postFields("/assess", answered(page.body(), answers));
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
            String next = posted.headers().firstValue("Location").orElseThrow();
            page = web.get(next);
            if (next.startsWith("/result")) {
                return page;
            }
        }
        throw new AssertionError("the wizard did not end");
    }

    @Test
    void homePageExplainsAndOffersBothWaysIn() {
        HttpResponse<String> page = web.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type ->
                                assertThat(type.replace(" ", ""))
                                        .isEqualTo("text/html;charset=utf-8"));
        assertThat(page.body())
                .contains(
                        "<html lang=\"en\">",
                        "<header",
                        "<nav",
                        "<main",
                        "not a diagnosis",
                        "href=\"/assess\"",
                        "action=\"/text\"",
                        "<label for=\"text\">")
                .doesNotContain("<script");
    }

    @Test
    void theFirstPageAsksEverySafetyQuestionWithNothingPickedBeforehand() {
        String page = web.get("/assess").body();

        assertThat(fields(page))
                .containsExactlyElementsOf(
                        WebClient.KNOWLEDGE.questions().stream()
                                .filter(q -> q.question().isSafety())
                                .map(q -> q.question().path())
                                .toList());
        WebClient.KNOWLEDGE.questions().stream()
                .filter(q -> q.question().isSafety())
                .forEach(q -> assertThat(page).contains(q.prompt()));
        assertThat(page)
                .contains(
                        "Step 1 of 3",
                        "Safety questions",
                        "type=\"radio\"",
                        "value=\"not-sure\"",
                        "<label for=\"bladderBowelChange-yes\">Yes</label>",
                        "<label for=\"legWeakness-one-leg\">yes, in one leg</label>",
                        "not a diagnosis")
                .doesNotContain("checked", "type=\"checkbox\"");
        assertThat(shown(page)).doesNotContain("flags.", "bladderBowelChange", "one-leg");
    }

    @Test
    void walkingThroughWithOrdinaryAnswersEndsInSelfCare() {
        int[] pages = new int[1];
        String result = walk("/assess", SELF_CARE, pages).body();

        assertThat(pages[0]).isEqualTo(3);
        assertThat(result)
                .contains(
                        "banner-self-care",
                        "data-code=\"SELF_CARE\">Self-care<",
                        "Your self-care plan",
                        "quadratus lumborum")
                .doesNotContain("role=\"alert\"", "class=\"call-now\"");
    }

    @Test
    void whereToGetHelpOffersTheRegionsNumbersToTap() {
        String result = walk("/assess", SELF_CARE).body();
        String help = result.substring(result.indexOf("id=\"where-to-get-help\""));

        assertThat(help)
                .contains(
                        "<a class=\"button tap-call\" href=\"tel:999\">Call 999</a>",
                        "<a class=\"button secondary tap-call\" href=\"tel:111\">Call NHS 111</a>",
                        "href=\"https://111.nhs.uk/\"");
    }

    @Test
    void twoMusclesOfOneRegionShowTheirSharedReasonOnce() {
        String result = walk("/assess", SELF_CARE).body();

        assertThat(result)
                .contains("<strong>quadratus lumborum</strong>", "<strong>gluteus medius</strong>");
        assertThat(result.split("Just above the hip bone, the quadratus lumborum attaches", -1))
                .hasSize(2);
    }

    @Test
    void anEmergencyAnswerJumpsStraightToTheRedBannerWithTheNumberToCallFirst() {
        int[] pages = new int[1];
        HttpResponse<String> result = walk("/assess", Map.of("flags.saddleNumbness", "yes"), pages);

        String body = result.body();
        assertThat(pages[0]).isEqualTo(1);
        assertThat(body)
                .contains(
                        "banner-emergency",
                        "role=\"alert\"",
                        "data-code=\"EMERGENCY\">Emergency<",
                        "<a class=\"call\" href=\"tel:999\">Call 999</a>",
                        "Call 999 now or go to A&amp;E.",
                        "class=\"rule\">R")
                .doesNotContain("Your self-care plan");
        assertThat(body.indexOf("href=\"tel:999\"")).isLessThan(body.indexOf("<h1"));
    }

    @Test
    void anEmergencyAnswerStopsAtOnceEvenWithOtherSafetyQuestionsBlank() {
        String page = web.get("/assess").body();
        java.util.List<Map.Entry<String, String>> form = new java.util.ArrayList<>();
        hidden(page).forEach((name, value) -> form.add(Map.entry(name, value)));
        form.add(Map.entry("flags.chestPain", "yes"));

        HttpResponse<String> sent = web.postFields("/assess", form);

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).startsWith("/result?a=");
        assertThat(web.get(sent.headers().firstValue("Location").orElseThrow()).body())
                .contains("banner-emergency");
    }

    @Test
    void blankSafetyQuestionsBringThePageBackNamingThemWithTheAnswersKept() {
        String page = web.get("/assess").body();
        java.util.List<Map.Entry<String, String>> form = new java.util.ArrayList<>();
        hidden(page).forEach((name, value) -> form.add(Map.entry(name, value)));
        for (String field : fields(page)) {
            if (!field.equals("flags.fever") && !field.equals("flags.nightPain")) {
                form.add(
                        Map.entry(
                                field,
                                field.equals("flags.cancerHistory")
                                        ? "not-sure"
                                        : SELF_CARE.getOrDefault(field, "no")));
            }
        }

        HttpResponse<String> again = web.postFields("/assess", form);

        assertThat(again.statusCode()).isEqualTo(400);
        String shown = shown(again.body());
        assertThat(again.body())
                .contains(
                        "role=\"alert\"",
                        "Step 1 of 3",
                        "id=\"chestPain-no\" name=\"flags.chestPain\" value=\"no\" checked",
                        "id=\"cancerHistory-not-sure\" name=\"flags.cancerHistory\" value=\"not-sure\" checked")
                .doesNotContain("id=\"fever-no\" name=\"flags.fever\" value=\"no\" checked");
        assertThat(shown)
                .contains(
                        "Choose yes, no or not sure for:",
                        "Do you have a fever or chills along with the back pain?",
                        "Does the pain wake you from sleep, night after night?")
                .doesNotContain("flags.", "nightPain");
        assertThat(shown.indexOf("Choose yes, no or not sure for:"))
                .isLessThan(shown.indexOf("Is there numbness around your genitals"));
    }

    @Test
    void notSureLeavesTheResultIncompleteAndOffersTheOpenQuestions() {
        Map<String, String> answers = new HashMap<>(SELF_CARE);
        answers.put("flags.fever", "not-sure");

        String result = walk("/assess", answers).body();

        assertThat(result)
                .contains(
                        "banner-incomplete",
                        "Questions still open",
                        WebClient.KNOWLEDGE.questions().stream()
                                .filter(q -> q.question().field().equals("fever"))
                                .findFirst()
                                .orElseThrow()
                                .prompt(),
                        "href=\"/assess?a=");
    }

    @Test
    void anUrgentResultPutsTheUrgentLineFirst() {
        Map<String, String> answers = new HashMap<>(SELF_CARE);
        answers.put("flags.fever", "yes");

        String result = walk("/assess", answers).body();

        assertThat(result)
                .contains(
                        "banner-urgent",
                        "<a class=\"call call-urgent\" href=\"tel:111\">Call NHS 111</a>",
                        "href=\"https://111.nhs.uk/\"")
                .doesNotContain("Your self-care plan");
        assertThat(result.indexOf("href=\"tel:111\"")).isLessThan(result.indexOf("<h1"));
    }

    @Test
    void backReturnsToThePreviousPageWithItsAnswersKept() {
        String first = web.get("/assess").body();
        String second =
                web.postFields("/assess", answered(first, SELF_CARE))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow();
        String secondPage = web.get(second).body();
        assertThat(secondPage).contains("Step 2 of 3", "About the knot");
        java.util.List<Map.Entry<String, String>> back =
                new java.util.ArrayList<>(answered(secondPage, Map.of("side", "left")));
        back.removeIf(field -> field.getKey().equals("go"));
        back.add(Map.entry("go", "back"));

        String location =
                web.postFields("/assess", back).headers().firstValue("Location").orElseThrow();
        String page = web.get(location).body();

        assertThat(page)
                .contains("Step 1 of 3")
                .containsPattern("id=\"fever-no\" name=\"flags.fever\" value=\"no\" checked");
        String forward =
                web.postFields("/assess", answered(page, SELF_CARE))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow();
        assertThat(web.get(forward).body())
                .contains("id=\"side-left\" name=\"side\" value=\"left\" checked");
    }

    @Test
    void anAnswerThatIsNotAllowedIsAskedAgain() {
        String page = web.get("/assess").body();
        java.util.List<Map.Entry<String, String>> form =
                new java.util.ArrayList<>(answered(page, SELF_CARE));
        form.removeIf(field -> field.getKey().equals("flags.fever"));
        form.add(Map.entry("flags.fever", "perhaps"));

        HttpResponse<String> again = web.postFields("/assess", form);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body())
                .contains(
                        "role=\"alert\"",
                        "Please pick one of the answers shown",
                        "Do you have a fever or chills",
                        "Step 1 of 3");
    }

    private static final String KNOT_TEXT =
            "tight knot above my left hip for three days, no tingling, bladder fine";

    /** What a person reads on a page: the text without the markup. */
    private static String shown(String html) {
        return html.replaceAll("(?s)<[^>]*>", " ");
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return response.headers().firstValue("Location").orElseThrow();
    }

    /** The hidden fields named {@code name} of a page, in order. */
    private static java.util.List<String> hiddenAll(String html, String name) {
        Matcher matcher =
                Pattern.compile("type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"")
                        .matcher(html);
        java.util.List<String> values = new java.util.ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    @Test
    void freeTextIsReadBackInPlainWordsToConfirm() {
        HttpResponse<String> page = web.postForm("/text", Map.of("text", KNOT_TEXT));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(shown(page.body()))
                .contains(
                        "What I understood",
                        "From your words: is that right?",
                        "no trouble with your bladder or bowels",
                        "(your words: “bladder fine”)",
                        "a knot just above the hip bone",
                        "That is not what I meant",
                        "Continue",
                        "not a diagnosis")
                .doesNotContain("flags.", "bladderBowelChange", "above-hip");
        assertThat(page.body())
                .contains(
                        "name=\"notMeant\" value=\"flags.bladderBowelChange\"",
                        "type=\"hidden\" name=\"text\" value=\"" + KNOT_TEXT + "\"");
    }

    @Test
    void confirmedAsReadTheWizardAsksOnlyWhatIsLeft() {
        String next =
                location(
                        web.postFields(
                                "/text",
                                java.util.List.of(
                                        Map.entry("text", KNOT_TEXT), Map.entry("go", "ask"))));

        assertThat(next).startsWith("/assess?");
        String restPage = web.get(next).body();
        Map<String, String> rest = hidden(restPage);
        assertThat(rest.get("q"))
                .doesNotContain("bladderBowelChange", "regions")
                .contains("flags.saddleNumbness");
        assertThat(currentField(restPage)).isEqualTo("flags.saddleNumbness");
        assertThat(walk(next, SELF_CARE).body()).contains("banner-self-care");
    }

    @Test
    void anAnswerMarkedNotMeantIsAskedInFull() {
        String next =
                location(
                        web.postFields(
                                "/text",
                                java.util.List.of(
                                        Map.entry("text", KNOT_TEXT),
                                        Map.entry("notMeant", "flags.bladderBowelChange"),
                                        Map.entry("notMeant", "regions"),
                                        Map.entry("go", "ask"))));

        Map<String, String> rest = hidden(web.get(next).body());
        assertThat(currentField(web.get(next).body())).isEqualTo("flags.bladderBowelChange");
        assertThat(rest.get("q")).contains("regions");
        assertThat(web.get(next).body()).contains("controlling your bladder or bowels");
    }

    @Test
    void seeingTheResultWithOnlyTheseAnswersLeavesTheNotMeantOpen() {
        String result =
                location(
                        web.postFields(
                                "/text",
                                java.util.List.of(
                                        Map.entry("text", KNOT_TEXT),
                                        Map.entry("notMeant", "flags.bladderBowelChange"),
                                        Map.entry("go", "result"))));

        assertThat(result).startsWith("/result?a=");
        assertThat(web.get(result).body())
                .contains("banner-incomplete", "Do you have new trouble controlling your bladder");
    }

    @Test
    void aCorrectionNamingNoQuestionIsA400() {
        HttpResponse<String> unknown =
                web.postFields(
                        "/text",
                        java.util.List.of(
                                Map.entry("text", KNOT_TEXT),
                                Map.entry("notMeant", "flags.fevr"),
                                Map.entry("go", "ask")));
        HttpResponse<String> badGo =
                web.postFields(
                        "/text",
                        java.util.List.of(Map.entry("text", KNOT_TEXT), Map.entry("go", "later")));

        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("flags.fevr", "not a diagnosis");
        assertThat(badGo.statusCode()).isEqualTo(400);
        assertThat(badGo.body()).contains("must be ask or result");
    }

    @Test
    void aQuestionOfSeveralAnswersSaysWhetherNoneIsAnAnswer() {
        String page = web.get("/assess?a=&q=regions,feel&n=0").body();

        assertThat(page)
                .contains(
                        "Where is the knot?",
                        "Tick one or more.",
                        "What does it feel like under your fingers?",
                        "Tick any that fit, or none if none do.")
                .doesNotContain("commas");
        Map<String, String> nothingTicked = hidden(page);
        nothingTicked.put("go", "next");
        HttpResponse<String> noRegion = web.postForm("/assess", nothingTicked);
        assertThat(noRegion.statusCode()).isEqualTo(400);
        String message =
                noRegion.body()
                        .substring(
                                noRegion.body().indexOf("id=\"error\""),
                                noRegion.body()
                                        .indexOf(
                                                "</div>", noRegion.body().indexOf("id=\"error\"")));
        assertThat(shown(message))
                .contains("Choose an answer, or “not sure”, for:", "Where is the knot?")
                .doesNotContain("What does it feel like");
        Map<String, String> regionOnly = hidden(page);
        regionOnly.put("go", "next");
        regionOnly.put("regions", "flank");
        assertThat(web.postForm("/assess", regionOnly).statusCode()).isEqualTo(303);
    }

    @Test
    void anEmergencyInFreeTextShowsTheRedBannerAtOnceWithTheWordsBehindIt() {
        String text = "I can't feel my saddle area and my back has a knot";
        HttpResponse<String> page = web.postForm("/text", Map.of("text", text));

        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body)
                .contains("banner-emergency", "role=\"alert\"", "data-code=\"EMERGENCY\"")
                .doesNotContain("Answer the open questions", "Step 1 of");
        assertThat(body.indexOf("banner-emergency")).isLessThan(body.indexOf("From your words"));
        assertThat(shown(body))
                .contains(
                        "From your words",
                        "numbness around your genitals, buttocks or inner thighs",
                        "(your words: “can't feel my saddle area”)",
                        "That is not what I meant",
                        "not a diagnosis")
                .doesNotContain("Is that right");
        assertThat(hiddenAll(body, "notMeant")).containsExactly("flags.saddleNumbness");
        assertThat(hiddenAll(body, "text")).containsExactly(text.replace("'", "&#39;"));
    }

    @Test
    void anEmergencyNotMeantIsReadBackThenAskedAbout() {
        String text = "I can't feel my saddle area and my back has a knot";
        HttpResponse<String> understood =
                web.postFields(
                        "/text",
                        java.util.List.of(
                                Map.entry("text", text),
                                Map.entry("notMeant", "flags.saddleNumbness")));

        assertThat(understood.statusCode()).isEqualTo(200);
        assertThat(understood.body()).doesNotContain("banner-emergency");
        assertThat(shown(understood.body()))
                .contains(
                        "From your words: is that right?",
                        "Left open: these will be asked",
                        "(where you would sit on a saddle)",
                        "not what you meant");
        assertThat(hiddenAll(understood.body(), "notMeant"))
                .containsExactly("flags.saddleNumbness");

        String next =
                location(
                        web.postFields(
                                "/text",
                                java.util.List.of(
                                        Map.entry("text", text),
                                        Map.entry("notMeant", "flags.saddleNumbness"),
                                        Map.entry("go", "ask"))));
        Map<String, String> rest = hidden(web.get(next).body());
        assertThat(rest.get("q")).contains("flags.saddleNumbness");
        HttpResponse<String> result = walk(next, Map.of("flags.saddleNumbness", "yes"));
        assertThat(result.body()).contains("banner-emergency");
    }

    @Test
    void aWizardStepWhoseAnswersAreAlreadyAnEmergencyGoesToTheResult() {
        String answers =
                java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                "{\"flags\":{\"saddleNumbness\":true}}"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        HttpResponse<String> answer = web.get("/assess?a=" + answers + "&q=flags.fever,age&n=0");

        assertThat(answer.statusCode()).isEqualTo(303);
        HttpResponse<String> page = web.get(answer.headers().firstValue("Location").orElseThrow());
        assertThat(page.body()).contains("banner-emergency").doesNotContain("Step 1 of");
    }

    @Test
    void theRegionQuestionHasABodyMapWhoseShapesLabelTheSameBoxes() {
        String page = web.get("/assess?a=&q=regions,side&n=0").body();

        for (String code :
                new String[] {
                    "beside-spine", "above-hip", "above-buttocks", "flank", "across-lower-back"
                }) {
            assertThat(page)
                    .contains(
                            "<label for=\"regions-" + code + "\" class=\"map-choice",
                            "id=\"map-regions-" + code + "\"",
                            "id=\"regions-" + code + "\"");
        }
        assertThat(page)
                .contains(
                        "id=\"map-side-left\"",
                        "id=\"map-side-right\"",
                        "your left is on the left",
                        "id=\"bodymap-regions\"",
                        "id=\"bodymap-side\"");
    }

    @Test
    void theResultDrawsTheLikelyMusclesOnThePersonsSide() {
        String result = walk("/assess", SELF_CARE).body();

        assertThat(result)
                .contains(
                        "id=\"map-muscle-quadratus-lumborum\"",
                        "id=\"map-muscle-gluteus-medius\"",
                        "class=\"swatch muscle-quadratus-lumborum\"");
        String muscles = result.substring(result.indexOf("id=\"map-muscle-quadratus-lumborum\""));
        assertThat(muscles.substring(0, muscles.indexOf("</g>"))).containsOnlyOnce("<path");
    }

    @Test
    void formWithoutItsTokenIsRefusedAndTheServerGoesOn() {
        HttpResponse<String> forged =
                web.postFormAsIs("/text", Map.of("text", "knot above my hip"));
        HttpResponse<String> wrong =
                web.postFormAsIs(
                        "/assess", Map.of("csrf", "x".repeat(43), "a", "", "q", "", "n", "0"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("\"type\":\"/problems/csrf\"", "\"field\":\"csrf\"");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(web.postForm("/text", Map.of("text", "knot above my hip")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void formsCarryTheTokenOfTheirCookie() {
        String home = web.get("/").body();

        assertThat(home).contains("name=\"csrf\" value=\"" + web.csrf() + "\"");
        assertThat(web.get("/").headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void theTokenCookieIsHttpOnlyAndStrict() {
        try (WebClient fresh = new WebClient()) {
            String cookie = fresh.get("/").headers().firstValue("Set-Cookie").orElseThrow();

            assertThat(cookie)
                    .contains("unknot_csrf=", "HttpOnly", "SameSite=Strict", "Path=/")
                    .doesNotContain("Secure");
        }
    }

    @Test
    void emptyFreeTextIsAnErrorPageForBrowsers() {
        HttpResponse<String> page =
                web.send(
                        java.net.http.HttpRequest.newBuilder(web.uri("/text"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "text/html")
                                .POST(
                                        java.net.http.HttpRequest.BodyPublishers.ofString(
                                                "text=&csrf=" + web.csrf()))
                                .build());

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("<main", "the text is empty", "not a diagnosis")
                .doesNotContain("Exception");
    }

    @Test
    void damagedAnswersInTheAddressAreA400NotAFault() {
        assertThat(web.getHtml("/result?a=not*base64!").statusCode()).isEqualTo(400);
        assertThat(web.getHtml("/assess?a=e30&q=flags.nope&n=0").statusCode()).isEqualTo(400);
    }

    @Test
    void browsersGetAnErrorPageForAnUnknownAddress() {
        HttpResponse<String> page = web.getHtml("/no-such-page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<main", "Not found", "href=\"/\"");
    }

    @Test
    void stylesheetHasAPrintVersion() {
        HttpResponse<String> css = web.get("/static/unknot.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("@media print", ".banner-emergency");
    }
}
