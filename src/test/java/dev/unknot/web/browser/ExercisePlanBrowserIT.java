package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.account.Credentials;
import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.app.TestClock;
import dev.unknot.clinic.ClinicAdmin;
import dev.unknot.config.Config;
import dev.unknot.store.DatabaseUrl;
import dev.unknot.web.AccessLog;
import dev.unknot.web.WebServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An individual plan end to end in Chromium, on a server built through {@code TestApps} with a
 * clock the test moves to the next morning: a clinician invites, the person accepts, the clinician
 * writes a plan of glute bridges and bird-dogs, the person runs a session from it and reports pain
 * 3 during and 2 after, the next day's diary entry (pain 2) leads to a suggestion, the clinician
 * accepts it, the person's next session has the new dose; then the person revokes and the
 * clinician's pages of that person are not found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExercisePlanBrowserIT {
    private static final String PASSWORD = AccountBrowserIT.PASSWORD;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-23T08:00:00Z"));
    private App app;
    private WebServer server;
    private ChromeDriver browser;

    @RegisterExtension
    final TestWatcher screenshots =
            new TestWatcher() {
                @Override
                public void testFailed(ExtensionContext context, Throwable cause) {
                    try {
                        Files.createDirectories(BrowserTest.FAILURES);
                        String name =
                                "ExercisePlanBrowserIT-"
                                        + context.getRequiredTestMethod().getName();
                        Files.write(
                                BrowserTest.FAILURES.resolve(name + ".png"),
                                browser.getScreenshotAs(OutputType.BYTES));
                        Files.writeString(
                                BrowserTest.FAILURES.resolve(name + ".html"),
                                browser.getPageSource(),
                                StandardCharsets.UTF_8);
                    } catch (IOException | RuntimeException e) {
                        System.err.println("could not save the failure evidence: " + e);
                    }
                }
            };

    @BeforeAll
    void start() {
        app =
                TestApps.app(
                        new Config(
                                Path.of("target", "no-home"),
                                new DatabaseUrl("jdbc:h2:mem:planbrowser;DB_CLOSE_DELAY=-1"),
                                Config.DEFAULT_PROFILE),
                        clock,
                        duration -> {});
        ClinicAdmin admin = app.clinicAdmin(Optional.empty());
        admin.create("Back Clinic");
        admin.addClinician("Back Clinic", new Credentials("drlee", PASSWORD), "Dr Lee");
        server = WebServer.create(app.web(Optional.empty(), AccessLog.NONE)).start("127.0.0.1", 0);
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stopNow();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aClinicianSPlanProgressesAfterTheNextMorningAndStopsAtRevoke() {
        // The clinician makes an invite.
        signIn("drlee");
        open("/clinician/invites");
        clickAndWaitForNextPage("#make-invite");
        String code = find("#invite-code").getText();

        // The person signs up and accepts it.
        signOut();
        open("/signup?next=/account");
        find("#username").sendKeys("ann");
        find("#password").sendKeys(PASSWORD);
        find("#confirm").sendKeys(PASSWORD);
        clickAndWaitForNextPage("form[action='/signup'] button[type=submit]");
        open("/invite");
        find("#code").sendKeys(code);
        clickAndWaitForNextPage("form[action='/invite'] button[type=submit]");
        clickAndWaitForNextPage("#accept");

        // The clinician writes a plan of two strengthening exercises.
        signOut();
        signIn("drlee");
        open("/clinician");
        String person = find("a[href^='/clinician/people/']").getAttribute("href");
        String personPath = person.replaceFirst("^http://127\\.0\\.0\\.1:\\d+", "");
        open(personPath + "/plan");
        Axe.assertNoViolations(browser);
        dose("glute-bridge", 2, 10, 0, 5);
        dose("bird-dog", 1, 6, 0, 0);
        find("#reason").sendKeys("Strength for your back, starting gently");
        find("#note").sendKeys("Stop if your leg tingles.");
        clickAndWaitForNextPage("#save-plan");
        assertThat(find("#plan-current").getText())
                .contains(
                        "Glute bridge",
                        "2 sets of 10 repetitions",
                        "Bird-dog",
                        "Stop if your leg tingles.");

        // The person runs a session from it.
        signOut();
        signIn("ann");
        open("/plan");
        assertThat(find("#plan-current").getText()).contains("Strength for your back");
        Axe.assertNoViolations(browser);
        open("/session?speed=1000");
        assertThat(find("#plan-followed").getText()).contains("version 1");
        assertThat(find("#steps").getText()).contains("2 sets of 10 repetitions");
        for (WebElement no :
                browser.findElements(By.cssSelector("fieldset.stop-sign input[value=no]"))) {
            no.click();
        }
        find("#pain-before").sendKeys("2");
        find("#start-session").click();
        WebElement painAfter =
                new WebDriverWait(browser, Duration.ofSeconds(60))
                        .until(
                                driver ->
                                        find("#pain-after").isDisplayed()
                                                ? find("#pain-after")
                                                : null);
        find("#pain-during").sendKeys("3");
        painAfter.sendKeys("2");
        find("#effort-glute-bridge-done").click();
        find("#effort-bird-dog-done").click();
        clickAndWaitForNextPage("#save-session");
        assertThat(path()).startsWith("/diary");

        // The next morning's diary entry (pain 2) leads to suggestions for the clinician.
        clock.advance(Duration.ofDays(1));
        open("/diary");
        find("#pain").sendKeys("2");
        clickAndWaitForNextPage("#log-button");
        open("/plan");
        assertThat(find("#suggestions").getText())
                .contains(
                        "Glute bridge: Do a little more",
                        "waiting for your clinician",
                        "ready for a little more");

        // The clinician accepts the glute bridge's.
        signOut();
        signIn("drlee");
        open(personPath);
        assertThat(find("#plan").getText()).contains("Suggestions are waiting for you");
        open(personPath + "/plan");
        Axe.assertNoViolations(browser);
        WebElement bridge =
                browser
                        .findElements(By.cssSelector("#pending-suggestions li[data-suggestion]"))
                        .stream()
                        .filter(item -> item.getText().contains("Glute bridge"))
                        .findFirst()
                        .orElseThrow();
        String id = bridge.getAttribute("data-suggestion");
        clickAndWaitForNextPage("#accept-" + id);
        assertThat(find("#plan-current").getText())
                .contains("version 2", "2 sets of 12 repetitions");

        // The person's next session has the new dose, and the plan says why.
        signOut();
        signIn("ann");
        open("/session?speed=1000");
        assertThat(find("#plan-followed").getText()).contains("version 2");
        assertThat(find("#steps").getText()).contains("2 sets of 12 repetitions");
        open("/plan");
        assertThat(find("#history").getText())
                .contains("Version 2", "by Dr Lee", "ready for a little more");

        // The person revokes; the clinician's pages of them are gone.
        open("/account");
        clickAndWaitForNextPage("form[action^='/account/care/'] button[type=submit]");
        signOut();
        signIn("drlee");
        open(personPath);
        assertThat(browser.getPageSource()).contains("there is nothing at this address");
        open(personPath + "/plan");
        assertThat(browser.getPageSource()).contains("there is nothing at this address");
    }

    /** Ticks an exercise in the editor and sets its dose, every day of the week. */
    private void dose(String id, int sets, int reps, int hold, int rest) {
        find("#ex-" + id + "-include").click();
        type("#ex-" + id + "-sets", sets);
        type("#ex-" + id + "-reps", reps);
        type("#ex-" + id + "-hold", hold);
        type("#ex-" + id + "-rest", rest);
        type("#ex-" + id + "-minutes", 0);
        for (String day : new String[] {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}) {
            WebElement box = find("#ex-" + id + "-day-" + day);
            if (!box.isSelected()) {
                box.click();
            }
        }
    }

    private void type(String css, int value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(String.valueOf(value));
    }

    private void signIn(String username) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(PASSWORD);
        clickAndWaitForNextPage("form[action='/login'] button[type=submit]");
        SecondStep.answer(browser, clock, username);
    }

    private void signOut() {
        open("/health");
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + server.port() + path);
    }

    private String path() {
        return browser.getCurrentUrl().replaceFirst("^http://127\\.0\\.0\\.1:\\d+", "");
    }

    private WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    private void clickAndWaitForNextPage(String css) {
        browser.executeScript("window.unknotOldPage = true;");
        find(css).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(
                        driver ->
                                Boolean.TRUE.equals(
                                        browser.executeScript(
                                                "return window.unknotOldPage === undefined && document.readyState === 'complete';")));
    }
}
