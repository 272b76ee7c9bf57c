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
    static final int PHONE = 390;
    static final int DESK = 1280;

    void at(int width) {
        Screen.size(browser, width, width == PHONE ? 700 : 900);
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
    @ValueSource(ints = {PHONE, DESK})
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
    @ValueSource(ints = {PHONE, DESK})
    void theSourcesAndTheirSearchFitTheScreen(int width) {
        at(width);
        open("/sources");
        check("sources", width);
        find("#q").sendKeys("can you rub a knot out?");
        clickAndWaitForNextPage("#search-form button");
        check("sources-search", width);
    }
}
