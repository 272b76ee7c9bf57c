package dev.unknot.web.browser;

import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.web.AccessLog;
import dev.unknot.web.WebServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real unknot web server (in-memory H2) and one headless Chromium per test class. When a test
 * fails, a screenshot and the page's HTML are saved under {@code target/browser-failures/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {
    static final Path FAILURES = Path.of("target", "browser-failures");

    private App app;
    private WebServer server;
    protected ChromeDriver browser;

    @RegisterExtension
    final TestWatcher screenshots =
            new TestWatcher() {
                @Override
                public void testFailed(ExtensionContext context, Throwable cause) {
                    saveEvidence(
                            context.getRequiredTestClass().getSimpleName()
                                    + "-"
                                    + context.getRequiredTestMethod().getName());
                }
            };

    @BeforeAll
    void startServerAndBrowser() {
        app = TestApps.inMemory("browser", TestApps.ROOMY, clock());
        server = WebServer.create(app.web(Optional.empty(), AccessLog.NONE)).start("127.0.0.1", 0);
        browser = Browser.start();
    }

    @AfterAll
    void stopServerAndBrowser() {
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

    @org.junit.jupiter.api.AfterEach
    void fullScreen() {
        Screen.reset(browser);
    }

    @BeforeEach
    void freshCookies() {
        open("/health");
        browser.manage().deleteAllCookies();
    }

    /** The clock of the program behind the server; a test may give one it moves itself. */
    protected java.time.Clock clock() {
        return java.time.Clock.systemDefaultZone();
    }

    /** The program behind the server, as {@code Main} builds it. */
    protected App app() {
        return app;
    }

    protected void open(String path) {
        browser.get("http://127.0.0.1:" + server.port() + path);
    }

    protected String path() {
        return browser.getCurrentUrl().replaceFirst("^http://127\\.0\\.0\\.1:\\d+", "");
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    protected List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    protected WebElement waitFor(String css, Duration timeout) {
        return new WebDriverWait(browser, timeout)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks and waits until the browser shows a new page (a form post and its redirect). */
    protected void clickAndWaitForNextPage(String css) {
        markPage();
        find(css).click();
        waitForNewPage();
    }

    /** Presses a key and waits until the browser shows a new page. */
    protected void pressAndWaitForNextPage(CharSequence key) {
        markPage();
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(key).perform();
        waitForNewPage();
    }

    private void markPage() {
        browser.executeScript("window.unknotOldPage = true;");
    }

    /**
     * A new document has no mark and has finished loading; asking the old one is safe, unlike a
     * stale element.
     */
    private void waitForNewPage() {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(
                        driver ->
                                Boolean.TRUE.equals(
                                        browser.executeScript(
                                                "return window.unknotOldPage === undefined && document.readyState === 'complete';")));
    }

    protected void axe() {
        Axe.assertNoViolations(browser);
    }

    private void saveEvidence(String name) {
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            Files.writeString(
                    FAILURES.resolve(name + ".html"),
                    browser.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save the failure screenshot for " + name + ": " + e);
        }
    }
}
