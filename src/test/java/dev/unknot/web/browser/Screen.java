package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The page as a person holding a phone (or sitting at a desk) sees it: the window's width, no
 * sideways scrolling, targets big enough for a thumb, and screenshots for the README.
 */
final class Screen {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The smallest tap target the pages promise (WCAG 2.5.5, AAA). */
    static final int TAP = 44;

    /**
     * What a person taps: buttons, button-like links, the menu, the rows of answers and the call
     * button. Links inside running text are exempt, as WCAG exempts them.
     */
    private static final String TAP_TARGETS =
            "button:not([hidden]), .button, nav a, .choice, a.call, details > summary";

    private Screen() {}

    /**
     * Shows pages as a screen {@code width} by {@code height} CSS pixels shows them (a phone below
     * 600 px), whatever the window's frame.
     */
    static void size(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        width,
                        "height",
                        height,
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        width < 600));
    }

    /** Back to the window's own size. */
    static void reset(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    static void assertNoSidewaysScroll(ChromeDriver browser) {
        Long scrollWidth =
                (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        Long innerWidth = (Long) browser.executeScript("return window.innerWidth;");
        assertThat(scrollWidth)
                .as(
                        "the page at %s is wider than the %d px screen",
                        browser.getCurrentUrl(), innerWidth)
                .isLessThanOrEqualTo(innerWidth);
    }

    /** Every visible tap target smaller than {@link #TAP} px in either direction, described. */
    @SuppressWarnings("unchecked")
    static List<String> smallTapTargets(ChromeDriver browser) {
        return (List<String>)
                browser.executeScript(
                        "const small = [];"
                                + "for (const e of document.querySelectorAll(arguments[0])) {"
                                + "  const r = e.getBoundingClientRect();"
                                + "  if (r.width === 0 && r.height === 0) continue;"
                                + "  if (getComputedStyle(e).visibility === 'hidden') continue;"
                                + "  if (r.height < arguments[1] || r.width < arguments[1])"
                                + "    small.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                                + "      + ' \"' + e.textContent.trim().slice(0, 30) + '\" '"
                                + "      + Math.round(r.width) + 'x' + Math.round(r.height));"
                                + "}"
                                + "return small;",
                        TAP_TARGETS,
                        TAP);
    }

    static void assertFitsAPhone(ChromeDriver browser) {
        assertNoSidewaysScroll(browser);
        assertThat(smallTapTargets(browser))
                .as("tap targets under %d px on %s", TAP, browser.getCurrentUrl())
                .isEmpty();
    }

    /** Saves the whole page as {@code target/screenshots/NAME.png}. */
    static void photograph(ChromeDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(
                    SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
