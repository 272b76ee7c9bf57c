package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The body map in a real browser, on a phone (390 px wide) and on a desktop (1280 px): a tap on the
 * drawing ticks the box, the keyboard works, nothing scrolls sideways, axe finds nothing, and the
 * result draws the likely muscles. Screenshots of both go to {@code target/bodymap/} to look at.
 */
class BodyMapBrowserIT extends BrowserTest {
    static final Path SHOTS = Path.of("target", "bodymap");
    static final String REGIONS = "/assess?a=&q=regions,side&n=0";

    /** The side question shares the page with the regions (wizard-pages.yaml). */
    static final String SIDE = REGIONS;

    void width(int width) {
        Screen.size(browser, width, 900);
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void aTapOnADrawnPlaceOrItsWordsTicksItsBox(int width) {
        width(width);
        open(REGIONS);
        shoot("regions-" + width);

        find("#map-regions-flank").click();
        find(".map-regions-above-hip text").click();
        find("#map-regions-beside-spine").click();
        find("#map-regions-beside-spine").click();

        assertThat(find("#regions-flank").isSelected()).isTrue();
        assertThat(find("#regions-above-hip").isSelected()).isTrue();
        assertThat(find("#regions-beside-spine").isSelected()).isFalse();
        assertThat(chosenMark("regions-flank")).isEqualTo("inline");
        assertThat(chosenMark("regions-beside-spine")).isEqualTo("none");
        assertThat(find("#map-regions-flank").getCssValue("stroke-dasharray")).isEqualTo("none");
        assertThat(find("#map-regions-beside-spine").getCssValue("stroke-dasharray"))
                .isNotEqualTo("none");
        shoot("regions-chosen-" + width);
        axe();
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theSideMapTicksOneSideAndBothSidesFillsBothHalves(int width) {
        width(width);
        open(SIDE);

        find("#map-side-right").click();
        assertThat(find("#side-right").isSelected()).isTrue();
        assertThat(chosenMark("side-right")).isEqualTo("inline");
        assertThat(chosenMark("side-left")).isEqualTo("none");

        find("#side-both").click();
        assertThat(chosenMark("side-left")).isEqualTo("inline");
        assertThat(chosenMark("side-right")).isEqualTo("inline");
        assertThat(find(".bodymap-caption").getText()).contains("your left is on the left");
        shoot("side-" + width);
        axe();
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theKeyboardTicksTheBoxesAndTheMapShowsWhichHasTheFocus(int width) {
        width(width);
        open(REGIONS);
        Actions keys = new Actions(browser);
        for (int i = 0; i < 30 && !isFocused("#regions-beside-spine"); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(isFocused("#regions-beside-spine")).as("Tab reaches the list").isTrue();
        assertThat(find("#map-regions-beside-spine").getCssValue("stroke"))
                .isEqualTo("rgb(179, 92, 0)");

        keys.sendKeys(Keys.SPACE).perform();
        keys.sendKeys(Keys.TAB).sendKeys(Keys.SPACE).perform();

        assertThat(find("#regions-beside-spine").isSelected()).isTrue();
        assertThat(find("#regions-above-hip").isSelected()).isTrue();
        assertThat(chosenMark("regions-beside-spine")).isEqualTo("inline");
        assertThat(chosenMark("regions-above-hip")).isEqualTo("inline");
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theMapFitsTheScreenWithoutSidewaysScrolling(int width) {
        width(width);
        for (String page : List.of(REGIONS, SIDE, "/result?a=" + example())) {
            open(page);
            Screen.assertNoSidewaysScroll(browser);
            assertThat(find(".bodymap").getRect().getWidth())
                    .as("the map is as wide as the phone allows")
                    .isGreaterThanOrEqualTo(Math.min(width - 60, 320));
        }
    }

    @Test
    void onTheNarrowestPhoneTheMapStillFitsAndItsWordsAreReadable() {
        width(320);
        for (String page : List.of(REGIONS, SIDE, "/result?a=" + example())) {
            open(page);
            Screen.assertNoSidewaysScroll(browser);
            org.openqa.selenium.Rectangle map = find(".bodymap").getRect();
            assertThat(map.getX() + map.getWidth())
                    .as(page)
                    .isLessThanOrEqualTo(
                            ((Number) browser.executeScript("return window.innerWidth;"))
                                    .intValue());
            @SuppressWarnings("unchecked")
            List<Number> sizes =
                    (List<Number>)
                            browser.executeScript(
                                    "return [...document.querySelectorAll('.bodymap text')].map(text =>"
                                            + " text.getScreenCTM().a * parseFloat(getComputedStyle(text).fontSize));");
            assertThat(sizes)
                    .as("font sizes in pixels on " + page)
                    .isNotEmpty()
                    .allMatch(size -> size.doubleValue() >= 12);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {390})
    void everyPlaceOnThePhoneIsAtLeast44PixelsEachWay(int width) {
        width(width);
        for (String page : List.of(REGIONS, SIDE)) {
            open(page);
            for (WebElement shape : all(".bodymap .hit[id]")) {
                @SuppressWarnings("unchecked")
                Map<String, Number> box =
                        (Map<String, Number>)
                                browser.executeScript(
                                        "const r = arguments[0].getBoundingClientRect();"
                                                + " return {width: r.width, height: r.height};",
                                        shape);
                assertThat(box.get("width").doubleValue())
                        .as(shape.getAttribute("id") + " width")
                        .isGreaterThanOrEqualTo(44);
                assertThat(box.get("height").doubleValue())
                        .as(shape.getAttribute("id") + " height")
                        .isGreaterThanOrEqualTo(44);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theResultForAKnotAboveTheRightHipDrawsItsMusclesOnTheRight(int width) {
        width(width);
        open("/result?a=" + example());

        WebElement map = find(".bodymap-result svg");
        assertThat(map.getAttribute("role")).isEqualTo("img");
        assertThat(find("#map-muscles-title").getAttribute("textContent"))
                .contains("quadratus lumborum", "gluteus medius", "right");
        for (String muscle : List.of("quadratus-lumborum", "gluteus-medius")) {
            assertThat(find("#map-muscle-" + muscle).isDisplayed()).isTrue();
            assertThat(all("#map-muscle-" + muscle + " path")).hasSize(1);
            assertThat(find("#map-muscle-" + muscle + " path").getAttribute("transform"))
                    .as("drawn on the right")
                    .contains("matrix(-1");
            assertThat(find(".swatch.muscle-" + muscle).getCssValue("background-image"))
                    .as("the legend repeats the pattern")
                    .contains("gradient");
        }
        assertThat(all("#map-muscle-erector-spinae")).isEmpty();
        assertThat(
                        browser.executeScript(
                                "return [...document.querySelectorAll('.bodymap-result text')].map(text =>"
                                        + " [...text.querySelectorAll('tspan')].map(line => line.textContent).join(' '));"))
                .asList()
                .contains("quadratus lumborum", "gluteus medius");
        shoot("result-" + width);
        axe();
    }

    private String chosenMark(String id) {
        return find(".map-" + id + " .chosen").getCssValue("display");
    }

    private boolean isFocused(String css) {
        return all(css).contains(browser.switchTo().activeElement());
    }

    /** examples/intake.json as the result page takes it. */
    static String example() {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            Files.readString(Path.of("examples", "intake.json"))
                                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the map and what is around it, for a person to look at. */
    private void shoot(String name) {
        WebElement map = find(".bodymap");
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'});", map);
        try {
            Files.createDirectories(SHOTS);
            Files.write(
                    SHOTS.resolve(name + ".png"), find("main").getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
