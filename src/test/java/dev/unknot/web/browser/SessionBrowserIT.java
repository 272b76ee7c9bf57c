package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

class SessionBrowserIT extends BrowserTest {

    /** Answers the wizard for an ordinary knot and returns the result page's session link. */
    String sessionLink() {
        open("/assess");
        WizardBrowserIT.answerByClicking(this, WizardBrowserIT.ORDINARY);
        return find("#start-guided-session").getAttribute("href");
    }

    void signUp() {
        open("/signup?next=/account");
        find("#username").sendKeys("sessionrunner");
        find("#password").sendKeys(AccountBrowserIT.PASSWORD);
        find("#confirm").sendKeys(AccountBrowserIT.PASSWORD);
        clickAndWaitForNextPage("form[action='/signup'] button[type=submit]");
    }

    void answerStopSignsNo() {
        for (WebElement no : all("fieldset.stop-sign input[value=no]")) {
            no.click();
        }
    }

    @Test
    void aPersonRunsAGuidedSessionWithTheTimerSpedUpAndItLandsInTheDiary() {
        signUp();
        String link = sessionLink();
        // Fast enough to finish in seconds, slow enough that pausing and skipping land inside the
        // first step
        // (15 minutes of heat: 9 s here) even on a busy machine.
        browser.get(link + "&speed=100");
        axe();
        assertThat(find("#runner").isDisplayed()).isFalse();

        find("#start-session").click();
        assertThat(find("#start-error").getText()).contains("Answer every stop sign first");
        answerStopSignsNo();
        find("#pain-before").sendKeys("6");
        find("#start-session").click();

        assertThat(find("#runner").isDisplayed()).isTrue();
        assertThat(find("#stop-signs").isDisplayed()).isFalse();
        String firstStep = find("#step-title").getText();
        assertThat(firstStep).isNotBlank();
        find("#pause").click();
        String frozen = find("#countdown-digits").getText();
        assertThat(find("#pause").getText()).isEqualTo("Resume");
        assertThat(find("#countdown-digits").getText()).isEqualTo(frozen);
        find("#pause").click();
        find("#skip").click();
        assertThat(find("#step-title").getText()).isNotEqualTo(firstStep);

        WebElement painAfter =
                new WebDriverWait(browser, Duration.ofSeconds(60))
                        .until(
                                driver ->
                                        find("#pain-after").isDisplayed()
                                                ? find("#pain-after")
                                                : null);
        assertThat(find("#step-0").getAttribute("value")).isEqualTo("skipped");
        assertThat(find("#step-1").getAttribute("value")).isEqualTo("done");
        painAfter.sendKeys("4");
        clickAndWaitForNextPage("#save-session");

        assertThat(path()).startsWith("/diary");
        assertThat(find("#entries").getText()).contains("guided session", "4/10");
        axe();
    }

    @Test
    void aYesToAStopSignEndsItBeforeItStarts() {
        browser.get(sessionLink());
        all("fieldset.stop-sign input[value=yes]").get(0).click();
        find("#pain-before").sendKeys("5");
        clickAndWaitForNextPage("#start-session");

        assertThat(find("#stop-advice").getText()).contains("Do not start the session");
        axe();
    }

    @Test
    void theSoundToggleIsRemembered() {
        browser.get(sessionLink());
        WebElement sound = find("#sound-toggle");
        answerStopSignsNo();
        find("#pain-before").sendKeys("3");
        find("#start-session").click();
        find("#sound-toggle").click();

        browser.navigate().refresh();

        assertThat(find("#sound-toggle").isSelected()).isFalse();
        assertThat(sound).isNotNull();
    }
}
