package dev.unknot.web.browser;

import dev.unknot.account.TestAuthenticator;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The code step of a sign-in in the browser, as a clinician does it: on the first sign-in the page
 * shows the key, which the test's authenticator takes, then the recovery codes, which it keeps; on
 * later ones it types the code of the moment. Does nothing when no code is due.
 */
final class SecondStep {
    private SecondStep() {}

    static void answer(WebDriver browser, Clock clock, String username) {
        loaded(browser);
        if (!browser.getCurrentUrl().contains("/login/second-factor")) {
            return;
        }
        String account = URI.create(browser.getCurrentUrl()).getPort() + ":" + username;
        List<WebElement> secret = browser.findElements(By.id("secret"));
        if (!secret.isEmpty()) {
            TestAuthenticator.setUp(account, secret.get(0).getText());
        }
        browser.findElement(By.id("code"))
                .sendKeys(TestAuthenticator.code(account, clock.instant()));
        submit(
                browser,
                browser.findElement(
                        By.cssSelector("form[action='/login/second-factor'] button[type=submit]")));
        List<WebElement> codes = browser.findElements(By.cssSelector(".recovery-code-list code"));
        if (!codes.isEmpty()) {
            TestAuthenticator.recoveryCodes(
                    account, codes.stream().map(WebElement::getText).toList());
            submit(browser, browser.findElement(By.partialLinkText("continue")));
        }
    }

    /**
     * Clicks and waits for the next document, as {@code BrowserTest} does: a mark the new page
     * lacks.
     */
    private static void submit(WebDriver browser, WebElement button) {
        ((JavascriptExecutor) browser).executeScript("window.unknotOldPage = true;");
        button.click();
        loaded(browser);
    }

    private static void loaded(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(
                        driver ->
                                Boolean.TRUE.equals(
                                        ((JavascriptExecutor) driver)
                                                .executeScript(
                                                        "return window.unknotOldPage === undefined"
                                                                + " && document.readyState === 'complete';")));
    }
}
