package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

class AccountBrowserIT extends BrowserTest {
    static final String PASSWORD = "correct horse battery";

    /** Signs up through the page, as a person would; the browser is then signed in. */
    void signUp(String username) {
        open("/signup?next=/account");
        find("#username").sendKeys(username);
        find("#password").sendKeys(PASSWORD);
        find("#confirm").sendKeys(PASSWORD);
        clickAndWaitForNextPage("form[action='/signup'] button[type=submit]");
    }

    @Test
    void signUpSignOutAndSignInAgainWithAccessiblePages() {
        open("/signup");
        axe();

        signUp("walker");

        assertThat(path()).isEqualTo("/account");
        assertThat(find("main").getText()).contains("Signed in as walker", "Delete my account");
        Cookie session = browser.manage().getCookieNamed("unknot_session");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        axe();

        clickAndWaitForNextPage("form[action='/logout'] button");
        assertThat(browser.manage().getCookieNamed("unknot_session")).isNull();
        open("/account");
        assertThat(path()).startsWith("/login");
        axe();
        find("#username").sendKeys("walker");
        find("#password").sendKeys(PASSWORD);
        clickAndWaitForNextPage("form[action='/login'] button[type=submit]");
        assertThat(path()).isEqualTo("/account");
    }

    @Test
    void aWrongPasswordIsShownOnTheFormAndPassesAxe() {
        signUp("wrongpw");
        clickAndWaitForNextPage("form[action='/logout'] button");
        open("/login");
        find("#username").sendKeys("wrongpw");
        find("#password").sendKeys("not the right one");
        clickAndWaitForNextPage("form[action='/login'] button[type=submit]");

        assertThat(find("[role=alert]").getText()).contains("do not match an account");
        axe();
    }

    @Test
    void deleteMyAccountRemovesItAndSignsOut() {
        signUp("leaver");
        find("#delete-password").sendKeys(PASSWORD);
        clickAndWaitForNextPage("form[action='/account/delete'] button");

        assertThat(path()).startsWith("/?deleted");
        open("/login");
        find("#username").sendKeys("leaver");
        find("#password").sendKeys(PASSWORD);
        clickAndWaitForNextPage("form[action='/login'] button[type=submit]");
        assertThat(find("[role=alert]").getText()).contains("do not match an account");
    }
}
