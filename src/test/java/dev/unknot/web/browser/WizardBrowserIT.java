package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.TestIntakes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The wizard in a real browser, on a phone's screen (390 by 700 pixels) and a desktop's: from the
 * start to the result in a few pages, an emergency's number to call on the first screen, blank
 * safety questions named, the keyboard alone, and no page wider than the screen.
 */
class WizardBrowserIT extends BrowserTest {
    /** An ordinary knot, by field path; every safety question not listed is answered "no". */
    static final Map<String, String> ORDINARY = TestIntakes.ORDINARY_BY_PATH;

    void screen(int width, int height) {
        Screen.size(browser, width, height);
    }

    /** The questions the wizard page in the browser asks, by path, in order. */
    static List<String> fields(BrowserTest test) {
        return test.all("[data-field]").stream()
                .map(element -> element.getAttribute("data-field"))
                .toList();
    }

    static String currentField(BrowserTest test) {
        return fields(test).get(0);
    }

    /**
     * Clicks through the wizard's pages with {@code answers} (else "no") until the result page;
     * returns how many pages of questions it took.
     */
    static int answerByClicking(BrowserTest test, Map<String, String> answers) {
        int pages = 0;
        for (int guard = 0; guard < 10 && test.path().startsWith("/assess"); guard++) {
            pages++;
            for (String field : fields(test)) {
                answer(test, field, answers.getOrDefault(field, "no"));
            }
            test.clickAndWaitForNextPage("button[value=next]");
        }
        assertThat(test.path()).startsWith("/result");
        return pages;
    }

    /** Picks {@code value} (codes separated by commas, or a number) for one question. */
    static void answer(BrowserTest test, String field, String value) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        List<WebElement> number = test.all("input#" + name + "[type=number]");
        if (!number.isEmpty()) {
            number.get(0).clear();
            number.get(0).sendKeys(value);
            return;
        }
        for (String code : value.split(",")) {
            boolean onTheMap = !test.all("#map-" + id(field, code)).isEmpty();
            test.find(onTheMap ? "#map-" + id(field, code) : "#" + id(field, code)).click();
            assertThat(test.find("#" + id(field, code)).isSelected())
                    .as(field + " " + code)
                    .isTrue();
        }
    }

    static String id(String field, String code) {
        return field.substring(field.lastIndexOf('.') + 1) + "-" + code;
    }

    /** No sideways scrolling, and targets a thumb can hit. */
    void fitsTheScreen() {
        Screen.assertFitsAPhone(browser);
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {390, 1280})
    void aPersonWithAnOrdinaryKnotGoesFromTheStartToTheSelfCarePlanInFivePages(int width) {
        screen(width, width < 600 ? 700 : 900);
        open("/");
        fitsTheScreen();
        axe();
        clickAndWaitForNextPage("a.button[href='/assess']");
        assertThat(find(".progress").getText()).isEqualTo("Step 1 of 3");
        assertThat(all("input[name^='flags.']:checked")).isEmpty();
        fitsTheScreen();
        axe();

        int pages = answerByClicking(this, ORDINARY);

        assertThat(1 + pages + 1).as("start, the questions, the result").isLessThanOrEqualTo(6);
        assertThat(pages).isEqualTo(3);
        WebElement banner = find(".banner");
        assertThat(banner.getAttribute("class")).contains("banner-self-care");
        assertThat(find("main").getText())
                .contains("Your self-care plan", "quadratus lumborum", "Heat before massage");
        assertThat(find("#map-muscle-quadratus-lumborum").isDisplayed()).isTrue();
        assertThat(find("footer").getText()).containsIgnoringCase("not a diagnosis");
        fitsTheScreen();
        axe();
    }

    @Test
    void anEmergencyAnswerPutsTheNumberToCallOnAPhonesFirstScreen() {
        screen(390, 700);
        open("/");
        clickAndWaitForNextPage("a.button[href='/assess']");
        assertThat(currentField()).isEqualTo("flags.bladderBowelChange");

        find("#bladderBowelChange-yes").click();
        clickAndWaitForNextPage("button[value=next]");

        assertThat(path()).startsWith("/result");
        WebElement banner = find(".banner");
        assertThat(banner.getAttribute("class")).contains("banner-emergency");
        assertThat(banner.getAttribute("role")).isEqualTo("alert");
        assertThat(banner.getCssValue("background-color")).isEqualTo("rgba(155, 28, 28, 1)");
        WebElement call = find("a.call");
        assertThat(call.getAttribute("href")).isEqualTo("tel:999");
        assertThat(call.getText()).isEqualTo("Call 999");
        assertThat(find(".call-now").getText()).isEqualTo("Call 999 now or go to A&E.");
        Map<?, ?> box =
                (Map<?, ?>)
                        browser.executeScript(
                                "const r = arguments[0].getBoundingClientRect();"
                                        + " return {top: r.top, bottom: r.bottom, height: r.height, width: r.width};",
                                call);
        assertThat(((Number) box.get("bottom")).doubleValue())
                .as("the call button inside the first 700 px")
                .isLessThanOrEqualTo(700);
        assertThat(((Number) box.get("height")).doubleValue()).isGreaterThanOrEqualTo(44);
        assertThat(((Number) box.get("width")).doubleValue())
                .as("full width on a phone")
                .isGreaterThanOrEqualTo(300);
        assertThat(find("main").getText()).doesNotContain("Your self-care plan");
        fitsTheScreen();
        axe();
    }

    @Test
    void blankSafetyQuestionsAreNamedAndNeverTakenAsNo() {
        screen(390, 700);
        open("/assess");
        for (String field : fields(this)) {
            if (!field.equals("flags.fever")) {
                answer(this, field, ORDINARY.getOrDefault(field, "no"));
            }
        }
        clickAndWaitForNextPage("button[value=next]");

        assertThat(path()).isEqualTo("/assess");
        assertThat(find("#error").getText())
                .contains(
                        "Choose yes, no or not sure for:",
                        "Do you have a fever or chills along with the back pain?")
                .doesNotContain("flags.", "Is there numbness around");
        assertThat(find("#chestPain-no").isSelected()).isTrue();
        assertThat(find("#fever-no").isSelected()).isFalse();
        fitsTheScreen();
        axe();

        Map<String, String> unsure = new java.util.HashMap<>(ORDINARY);
        unsure.put("flags.fever", "not-sure");
        answerByClicking(this, unsure);

        assertThat(find(".banner").getAttribute("class"))
                .contains("banner-incomplete")
                .doesNotContain("self-care");
        assertThat(find("main").getText())
                .contains("Questions still open", "never taken as \"no\"")
                .doesNotContain("Your self-care plan");
        axe();
    }

    @Test
    void theBodyMapTicksTheSameBoxAsTheList() {
        open("/assess");
        for (String field : fields(this)) {
            answer(this, field, ORDINARY.getOrDefault(field, "no"));
        }
        clickAndWaitForNextPage("button[value=next]");
        assertThat(fields(this)).contains("regions", "side");
        axe();

        find("#map-regions-flank").click();
        find("#map-regions-beside-spine").click();
        find("#map-regions-flank").click();

        assertThat(find("#regions-flank").isSelected()).isFalse();
        assertThat(find("#regions-beside-spine").isSelected()).isTrue();
        assertThat(find(".bodymap-caption").getText()).contains("your left is on the left");
    }

    @Test
    void anUrgentAnswerPutsTheUrgentLineFirst() {
        screen(390, 700);
        open("/assess");
        for (String field : fields(this)) {
            answer(
                    this,
                    field,
                    field.equals("flags.fever") ? "yes" : ORDINARY.getOrDefault(field, "no"));
        }
        clickAndWaitForNextPage("button[value=next]");

        assertThat(find(".banner").getAttribute("class")).contains("banner-urgent");
        assertThat(find("a.call").getAttribute("href")).isEqualTo("tel:111");
        assertThat(find("a.call-link").getAttribute("href")).isEqualTo("https://111.nhs.uk/");
        fitsTheScreen();
        axe();
    }

    @Test
    void aDescriptionAnswersSomeQuestionsAndTheWizardAsksOnlyTheRestInSixPagesAtMost() {
        screen(390, 700);
        open("/");
        find("#text")
                .sendKeys(
                        "tight knot above my right hip for three days after lifting, no tingling, bladder fine");
        clickAndWaitForNextPage("form[action='/text'] button[type=submit]");

        assertThat(find("h1").getText()).contains("What I understood");
        assertThat(find("main").getText())
                .contains(
                        "From your words",
                        "no trouble with your bladder or bowels",
                        "set off by lifting")
                .doesNotContain("bladderBowelChange");
        fitsTheScreen();
        axe();
        clickAndWaitForNextPage("main form[action='/text'] button[value=ask]");
        assertThat(fields(this)).doesNotContain("flags.bladderBowelChange");

        int pages = answerByClicking(this, ORDINARY);

        assertThat(1 + 1 + pages + 1)
                .as("start, read-back, questions, result")
                .isLessThanOrEqualTo(6);
        assertThat(find(".banner").getAttribute("class")).contains("banner-self-care");
    }

    @Test
    void theWizardCanBeAnsweredWithTheKeyboardAlone() {
        open("/assess");
        Actions keys = new Actions(browser);
        for (int guard = 0; guard < 10 && path().startsWith("/assess"); guard++) {
            List<String> fields = fields(this);
            tabTo("[data-field] input");
            for (String field : fields) {
                String value = ORDINARY.getOrDefault(field, "no");
                String name = field.substring(field.lastIndexOf('.') + 1);
                List<WebElement> number = all("input#" + name + "[type=number]");
                List<WebElement> choices = all("input[name='" + field + "']");
                if (!number.isEmpty()) {
                    keys.sendKeys(value).perform();
                    keys.sendKeys(Keys.TAB).perform();
                } else if ("radio".equals(choices.get(0).getAttribute("type"))) {
                    int index = 0;
                    while (!choices.get(index).getAttribute("value").equals(value)) {
                        index++;
                    }
                    keys.sendKeys(index == 0 ? Keys.SPACE : Keys.ARROW_DOWN).perform();
                    for (int i = 1; i < index; i++) {
                        keys.sendKeys(Keys.ARROW_DOWN).perform();
                    }
                    assertThat(find("#" + id(field, value)).isSelected()).as(field).isTrue();
                    keys.sendKeys(Keys.TAB).perform();
                } else {
                    List<String> codes = List.of(value.split(","));
                    for (WebElement choice : choices) {
                        if (codes.contains(choice.getAttribute("value"))) {
                            keys.sendKeys(Keys.SPACE).perform();
                        }
                        keys.sendKeys(Keys.TAB).perform();
                    }
                    assertThat(find("#" + id(field, codes.get(0))).isSelected()).as(field).isTrue();
                }
            }
            tabTo("button[value=next]");
            pressAndWaitForNextPage(Keys.ENTER);
        }

        assertThat(find(".banner").getAttribute("class")).contains("banner-self-care");
    }

    @Test
    void theFocusedControlIsPlainlyOutlined() {
        open("/assess");
        tabTo("[data-field] input");

        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
        assertThat(focused.getCssValue("outline-width")).isEqualTo("3px");
    }

    @Test
    void anUnknownAddressShowsAnErrorPageThatPassesAxe() {
        open("/this-page-does-not-exist");
        assertThat(find("h1").getText()).isEqualTo("Not found");
        axe();
    }

    String currentField() {
        return currentField(this);
    }

    /** Presses Tab until the focused element matches {@code css}. */
    void tabTo(String css) {
        Actions keys = new Actions(browser);
        for (int i = 0; i < 40; i++) {
            WebElement active = browser.switchTo().activeElement();
            if (all(css).contains(active)) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + css + " on " + path());
    }
}
