package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The breaks page in Chromium on a clock the test moves, with the page asking every third of a
 * second and its timers sixty times faster: the notice, the prompt, postpone once, reminders held
 * while the tab is hidden, then a timed break recorded.
 */
class BreaksBrowserIT extends BrowserTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T09:00:00Z"));

    @Override
    protected Clock clock() {
        return clock;
    }

    private void signUp(String username) {
        open("/signup?next=/account");
        find("#username").sendKeys(username);
        find("#password").sendKeys(AccountBrowserIT.PASSWORD);
        find("#confirm").sendKeys(AccountBrowserIT.PASSWORD);
        clickAndWaitForNextPage("form[action='/signup'] button[type=submit]");
    }

    /** Stands in for the system notifications, keeping their titles for the test to read. */
    private void recordNotifications() {
        browser.executeScript(
                "window.shown = [];"
                        + "window.Notification = function (title) { window.shown.push(title); };"
                        + "window.Notification.permission = 'granted';");
    }

    @SuppressWarnings("unchecked")
    private List<String> notifications() {
        return (List<String>) browser.executeScript("return window.shown;");
    }

    private void tabHidden(boolean hidden) {
        browser.executeScript(
                "Object.defineProperty(document, 'hidden', {configurable: true, get: function () { return "
                        + hidden
                        + "; }});"
                        + "document.dispatchEvent(new Event('visibilitychange'));");
    }

    private void waitUntil(String css, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> find(css).isDisplayed() && find(css).getText().contains(text));
    }

    @Test
    void aBreakIsAnnouncedPromptedPostponedOnceHeldWhileHiddenThenTakenWithItsTimer()
            throws InterruptedException {
        clock.set(Instant.parse("2026-11-30T09:00:00Z"));
        signUp("deskbound");
        clickAndWaitForNextPage("#breaks-link");
        open("/breaks?speed=60");
        recordNotifications();
        waitUntil("#break-status", "Next break at 09:30.");
        assertThat(find("#break-prompt").isDisplayed()).isFalse();
        axe();

        clock.advance(Duration.ofMinutes(29));
        waitUntil("#break-notice", "A short movement break at 09:30.");
        assertThat(notifications()).contains("A movement break soon");
        Thread.sleep(1000);
        assertThat(find("#break-notice").isDisplayed())
                .as("the notice stays up until its break, however often the page asks")
                .isTrue();
        assertThat(notifications()).containsOnlyOnce("A movement break soon");

        clock.advance(Duration.ofMinutes(1));
        waitUntil("#break-prompt", "Time for a short movement break.");
        assertThat(notifications()).contains("Movement break now");
        assertThat(find("#break-postpone").getText()).isEqualTo("Postpone 5 minutes");
        axe();
        find("#break-postpone").click();
        waitUntil("#break-said", "Postponed to 09:35.");
        waitUntil("#break-status", "Next break at 09:35.");
        assertThat(find("#break-prompt").isDisplayed()).isFalse();

        tabHidden(true);
        clock.advance(Duration.ofMinutes(5));
        Thread.sleep(1500);
        assertThat(find("#break-prompt").isDisplayed()).isFalse();
        assertThat(find("#break-status").getText())
                .isEqualTo("Reminders pause while this tab is hidden.");
        tabHidden(false);
        waitUntil("#break-prompt", "Time for a short movement break.");
        assertThat(find("#break-postpone").isDisplayed()).isFalse();

        find("#break-start").click();
        waitUntil("#break-timer", "Your break");
        assertThat(all("#break-exercises > li")).hasSizeBetween(1, 2);
        waitUntil("#break-exercise", "All done.");
        clock.advance(Duration.ofMinutes(2));
        find("#break-done").click();
        waitUntil("#break-said", "Break done (2 min).");
        waitUntil("#break-today", "1 taken, 0 away from the keyboard, 0 skipped, 1 postponed");
        waitUntil("#break-status", "Next break at 10:07.");
        assertThat(find(".disclaimer").getText()).contains("Not a diagnosis");
        axe();
    }

    @Test
    void theScheduleFormChangesWhenTheRemindersComeAndDoneForTodayHoldsThemUntilTomorrow() {
        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        signUp("standing");
        open("/breaks");
        find("#every").clear();
        find("#every").sendKeys("45");
        clickAndWaitForNextPage("#break-settings-save");
        assertThat(find("#settings-saved").getText()).contains("Saved.");
        waitUntil("#break-status", "Next break at 09:45.");

        find("#break-tomorrow").click();
        waitUntil("#break-status", "Paused until Thursday 09:00.");
        assertThat(find("#break-resume").isDisplayed()).isTrue();
        find("#break-resume").click();
        waitUntil("#break-status", "Next break at ");

        find("#break-now").click();
        waitUntil("#break-timer", "Your break");
        assertThat(all("#break-exercises > li")).hasSizeBetween(1, 2);
        find("#break-done").click();
        waitUntil("#break-today", "1 taken");
    }
}
