package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.TestIntakes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

class WizardBrowserIT extends BrowserTest {
    /** An ordinary knot, by field path; every safety question not listed is answered "no". */
    static final Map<String, String> ORDINARY = TestIntakes.ORDINARY_BY_PATH;

    /** The field path the wizard page in the browser asks now. */
    String currentField() {
        return currentField(this);
    }

    static String currentField(BrowserTest test) {
        String questions = test.find("input[name=q]").getAttribute("value");
        int step = Integer.parseInt(test.find("input[name=n]").getAttribute("value"));
        return questions.split(",")[step];
    }

    void answerByClicking(Map<String, String> answers) {
        answerByClicking(this, answers);
    }

    /** Clicks through the wizard with {@code answers} (else "no") until the result page. */
    static void answerByClicking(BrowserTest test, Map<String, String> answers) {
        for (int guard = 0; guard < 40 && test.path().startsWith("/assess"); guard++) {
            String field = currentField(test);
            String value = answers.getOrDefault(field, "no");
            List<WebElement> number = test.all("input#answer[type=number]");
            if (!number.isEmpty()) {
                number.get(0).clear();
                number.get(0).sendKeys(value);
            } else {
                for (String code : value.split(",")) {
                    boolean onTheMap = !test.all("#map-" + id(field, code)).isEmpty();
                    test.find(onTheMap ? "#map-" + id(field, code) : "#" + id(field, code)).click();
                    assertThat(test.find("#" + id(field, code)).isSelected())
                            .as(field + " " + code)
                            .isTrue();
                }
            }
            test.clickAndWaitForNextPage("button[value=next]");
        }
        assertThat(test.path()).startsWith("/result");
    }

    static String id(String field, String code) {
        return field.substring(field.lastIndexOf('.') + 1) + "-" + code;
    }

    @Test
    void aPersonWithAnOrdinaryKnotClicksThroughToTheSelfCarePlan() {
        open("/");
        axe();
        clickAndWaitForNextPage("a.button[href='/assess']");
        axe();

        answerByClicking(ORDINARY);

        WebElement banner = find(".banner");
        assertThat(banner.getAttribute("class")).contains("banner-self-care");
        assertThat(find("main").getText())
                .contains("Your self-care plan", "quadratus lumborum", "Heat before massage");
        assertThat(find("#map-muscle-quadratus-lumborum").isDisplayed()).isTrue();
        assertThat(all("#map-muscle-quadratus-lumborum path")).hasSize(1);
        assertThat(find("footer").getText()).containsIgnoringCase("not a diagnosis");
        axe();
    }

    @Test
    void theBodyMapTicksTheSameBoxAsTheList() {
        open("/assess");
        answerUntil("regions");
        axe();

        find("#map-regions-flank").click();
        find("#map-regions-beside-spine").click();
        find("#map-regions-flank").click();

        assertThat(find("#regions-flank").isSelected()).isFalse();
        assertThat(find("#regions-beside-spine").isSelected()).isTrue();
        assertThat(find(".bodymap-caption").getText()).contains("your left is on the left");
    }

    /** Answers "ordinary" questions until {@code field} is asked. */
    void answerUntil(String field) {
        for (int guard = 0; guard < 40 && !currentField().equals(field); guard++) {
            String value = ORDINARY.getOrDefault(currentField(), "no");
            List<WebElement> number = all("input#answer[type=number]");
            if (!number.isEmpty()) {
                number.get(0).sendKeys(value);
            } else {
                find("#" + id(currentField(), value.split(",")[0])).click();
            }
            clickAndWaitForNextPage("button[value=next]");
        }
    }

    @Test
    void anEmergencyAnswerShowsTheRedBannerAtOnce() {
        open("/assess");
        assertThat(currentField()).isEqualTo("flags.bladderBowelChange");

        find("#bladderBowelChange-yes").click();
        clickAndWaitForNextPage("button[value=next]");

        assertThat(path()).startsWith("/result");
        WebElement banner = find(".banner");
        assertThat(banner.getAttribute("class")).contains("banner-emergency");
        assertThat(banner.getCssValue("background-color")).isEqualTo("rgba(155, 28, 28, 1)");
        assertThat(banner.getText()).contains("EMERGENCY");
        assertThat(find("main").getText()).doesNotContain("Your self-care plan");
        axe();
    }

    @Test
    void notSureOnASafetyQuestionNeverGivesSelfCare() {
        open("/assess");
        find("#bladderBowelChange-not-sure").click();
        clickAndWaitForNextPage("button[value=next]");
        axe();

        answerByClicking(ORDINARY);

        assertThat(find(".banner").getAttribute("class"))
                .contains("banner-incomplete")
                .doesNotContain("self-care");
        assertThat(find("main").getText())
                .contains("Questions still open", "never taken as \"no\"")
                .doesNotContain("Your self-care plan");
        axe();
    }

    @Test
    void aDescriptionAnswersSomeQuestionsAndTheWizardAsksOnlyTheRest() {
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
        axe();
        clickAndWaitForNextPage("main form[action='/text'] button[value=ask]");
        assertThat(currentField()).isNotEqualTo("flags.bladderBowelChange");

        answerByClicking(ORDINARY);
        assertThat(find(".banner").getAttribute("class")).contains("banner-self-care");
    }

    @Test
    void theWizardCanBeAnsweredWithTheKeyboardAlone() {
        open("/assess");
        Actions keys = new Actions(browser);
        for (int guard = 0; guard < 40 && path().startsWith("/assess"); guard++) {
            String field = currentField();
            String value = ORDINARY.getOrDefault(field, "no");
            tabTo("input[name=answer]");
            List<WebElement> number = all("input#answer[type=number]");
            if (!number.isEmpty()) {
                keys.sendKeys(value).perform();
            } else {
                String first = value.split(",")[0];
                List<WebElement> choices = all("input[name=answer]");
                int index = 0;
                while (!choices.get(index).getAttribute("value").equals(first)) {
                    index++;
                }
                if ("radio".equals(choices.get(0).getAttribute("type"))) {
                    keys.sendKeys(index == 0 ? Keys.SPACE : Keys.ARROW_DOWN).perform();
                    for (int i = 1; i < index; i++) {
                        keys.sendKeys(Keys.ARROW_DOWN).perform();
                    }
                } else {
                    for (int i = 0; i < index; i++) {
                        keys.sendKeys(Keys.TAB).perform();
                    }
                    keys.sendKeys(Keys.SPACE).perform();
                }
                assertThat(find("#" + id(field, first)).isSelected()).as(field).isTrue();
            }
            pressAndWaitForNextPage(Keys.ENTER);
        }

        assertThat(find(".banner").getAttribute("class")).contains("banner-self-care");
    }

    @Test
    void theFocusedControlIsPlainlyOutlined() {
        open("/assess");
        tabTo("input[name=answer]");

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

    /** Presses Tab until the focused element matches {@code css}. */
    void tabTo(String css) {
        Actions keys = new Actions(browser);
        for (int i = 0; i < 30; i++) {
            WebElement active = browser.switchTo().activeElement();
            if (all(css).contains(active)) {
                return;
            }
            keys.sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + css + " on " + path());
    }
}
