package dev.unknot.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver, headless, with a fresh profile and none
 * of the background network traffic this machine would refuse. Nothing is downloaded: both paths
 * are given, so Selenium Manager has nothing to look up.
 */
final class Browser {
    static final Path CHROMIUM =
            Path.of(System.getProperty("unknot.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getProperty("unknot.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {}

    static ChromeDriver start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(
                    "the browser tests need Debian's chromium and chromium-driver ("
                            + CHROMIUM
                            + ", "
                            + CHROMEDRIVER
                            + "); run 'bash .ci/run' or 'apt-get install chromium chromium-driver'");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("unknot-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--disable-extensions",
                "--mute-audio",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage()
                .timeouts()
                .pageLoadTimeout(Duration.ofSeconds(20))
                .scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }
}
