package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** axe-core on the pages the journeys do not reach, and proof that the check can fail. */
class AccessibilityBrowserIT extends BrowserTest {

    @Test
    void axeReallyRunsAndReportsAViolation() {
        open("/");
        browser.executeScript("document.documentElement.removeAttribute('lang');");

        assertThatThrownBy(this::axe).hasMessageContaining("html-has-lang");
    }

    @Test
    void aNumberQuestionAndAQuestionShowingAnErrorPassAxe() {
        open("/assess?a=&q=age,regions&n=1");
        assertThat(find("#age").getAttribute("type")).isEqualTo("number");
        axe();

        open("/assess?a=&q=regions,side&n=0");
        clickAndWaitForNextPage("button[value=next]");
        assertThat(find("[role=alert]").getText())
                .contains("Choose an answer", "Where is the knot?", "Which side is it on?");
        axe();
    }

    @Test
    void theSourcesPageAndItsSearchPassAxe() {
        open("/sources");
        axe();
        find("#q").sendKeys("can you rub a knot out?");
        clickAndWaitForNextPage("#search-form button");

        assertThat(find("#results").getText()).containsIgnoringCase("massage");
        axe();
    }
}
