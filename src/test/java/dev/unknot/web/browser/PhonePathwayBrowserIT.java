package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The whole pathway as a person meets it, once on a phone (390 px) and once at a desk (1280 px):
 * every page passes axe, never scrolls sideways and has targets a thumb can hit. The README's
 * screenshots are taken here ({@code docs/screenshots.sh} copies them).
 */
class PhonePathwayBrowserIT extends BrowserTest {
    static final int NARROW = 320;
    static final int PHONE = 390;
    static final int DESK = 1280;

    void at(int width) {
        Screen.size(browser, width, width < 600 ? 700 : 900);
    }

    /** axe, no sideways scroll, tap targets, and a screenshot named for the page and width. */
    void check(String name, int width) {
        axe();
        Screen.assertFitsAPhone(browser);
        Screen.photograph(browser, name + "-" + width);
    }

    void signUp(String username) {
        open("/signup?next=/diary");
        find("#username").sendKeys(username);
        find("#password").sendKeys(AccountBrowserIT.PASSWORD);
        find("#confirm").sendKeys(AccountBrowserIT.PASSWORD);
        clickAndWaitForNextPage("form[action='/signup'] button[type=submit]");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {NARROW, PHONE, DESK})
    void aDescriptionInOwnWordsLeadsToAPlanWithPicturesAndAGuidedSession(int width) {
        at(width);
        open("/");
        check("start", width);
        find("#text")
                .sendKeys(
                        "tight knot above my right hip for three days since lifting boxes,"
                                + " no tingling, bladder fine, I have a tennis ball");
        clickAndWaitForNextPage("form[action='/text'] button[type=submit]");
        assertThat(find("main").getText()).contains("From your words");
        check("read-back", width);
        clickAndWaitForNextPage("button[value=ask]");

        int pages = 2;
        while (path().startsWith("/assess")) {
            pages++;
            check("questions-" + (pages - 2), width);
            for (String field : WizardBrowserIT.fields(this)) {
                WizardBrowserIT.answer(
                        this, field, WizardBrowserIT.ORDINARY.getOrDefault(field, "no"));
            }
            clickAndWaitForNextPage("button[value=next]");
        }
        pages++;
        assertThat(pages).as("start, read-back, questions, result").isLessThanOrEqualTo(6);
        assertThat(find(".banner").getAttribute("class")).contains("banner-self-care");
        assertThat(all("img.exercise-picture")).isNotEmpty();
        assertThat(find("#where-to-get-help").isDisplayed()).isTrue();
        check("result", width);

        clickAndWaitForNextPage("#start-guided-session");
        assertThat(find("#stop-signs").getText()).contains("First");
        check("session", width);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {NARROW, PHONE, DESK})
    void anEmergencyAnswerShowsTheNumberToCallFirst(int width) {
        at(width);
        open("/assess");
        check("safety-questions", width);
        find("#bladderBowelChange-yes").click();
        clickAndWaitForNextPage("button[value=next]");

        WebElement call = find("a.call");
        assertThat(call.getAttribute("href")).startsWith("tel:");
        assertThat(call.getRect().getY() + call.getRect().getHeight())
                .as("the call button on the first screen")
                .isLessThanOrEqualTo(700);
        assertThat(call.getCssValue("color"))
                .as("the button's words stand out from the button")
                .isNotEqualTo(call.getCssValue("background-color"));
        check("emergency", width);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {NARROW, PHONE, DESK})
    void theDiaryMeasuresAndAccountFitTheScreen(int width) {
        at(width);
        open("/signup");
        check("signup", width);
        signUp("pages" + width);
        check("diary-empty", width);

        find("#pain").sendKeys("5");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        find("#date"),
                        LocalDate.now().toString());
        clickAndWaitForNextPage("#log-button");
        assertThat(all("#entries tbody tr")).hasSize(1);
        check("diary", width);

        open("/measures");
        check("measures", width);
        open("/measures/odi");
        check("measure-odi", width);
        open("/account");
        check("account", width);
        WebElement menu = find("nav[aria-label=Main]");
        assertThat(menu.getText()).contains("Diary", "Account").doesNotContain("API");
        assertThat(find("footer").getText()).contains("API");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {NARROW, PHONE, DESK})
    void theSourcesAndTheirSearchFitTheScreen(int width) {
        at(width);
        open("/sources");
        check("sources", width);
        find("#q").sendKeys("can you rub a knot out?");
        clickAndWaitForNextPage("#search-form button");
        check("sources-search", width);
    }
}
