package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakOutcome;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

class DiaryBrowserIT extends BrowserTest {

    void signUp(String username) {
        open("/signup?next=/diary");
        find("#username").sendKeys(username);
        find("#password").sendKeys(AccountBrowserIT.PASSWORD);
        find("#confirm").sendKeys(AccountBrowserIT.PASSWORD);
        clickAndWaitForNextPage("form[action='/signup'] button[type=submit]");
    }

    void log(LocalDate day, int pain, String... did) {
        find("#pain").sendKeys(String.valueOf(pain));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", find("#date"), day.toString());
        for (String activity : did) {
            find("#activities-" + activity).click();
        }
        clickAndWaitForNextPage("#log-button");
    }

    @Test
    void painLoggedOverSeveralDaysShowsTheChartAndTheEscalation() {
        signUp("painlogger");
        assertThat(path()).isEqualTo("/diary");
        axe();
        LocalDate today = LocalDate.now();
        for (int day = 15; day >= 0; day -= 3) {
            log(
                    today.minusDays(day),
                    6,
                    day == 9 ? new String[] {"session"} : new String[] {"heat"});
        }

        WebElement chart = waitFor("#diary-chart[data-drawn]", Duration.ofSeconds(10));
        assertThat(chart.getAttribute("data-drawn")).isEqualTo("6");
        assertThat(chart.getSize().getHeight()).isGreaterThan(100);
        assertThat(find("#escalations").getText()).contains("F1", "Book a doctor");
        assertThat(all("#entries tbody tr")).hasSize(6);
        assertThat(find("#entries").getText()).contains("guided session");
        axe();
    }

    /** The profile of the account the browser is signed in as. */
    String profile() {
        return app().accounts()
                .signedIn(browser.manage().getCookieNamed("unknot_session").getValue())
                .orElseThrow()
                .profile();
    }

    void breakOn(LocalDate day, int hour, BreakOutcome outcome) {
        ZoneId zone = app().clock().getZone();
        app().breaks(Optional.empty())
                .record(
                        profile(),
                        new BreakEvent(
                                day.atTime(hour, 0).atZone(zone).toInstant(),
                                outcome,
                                120,
                                List.of()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void movementBreaksAreDrawnAsBarsOnTheirOwnAxisBesideThePain() {
        signUp("mover");
        LocalDate today = LocalDate.now(app().clock());
        log(today.minusDays(3), 6);
        log(today, 4);
        breakOn(today.minusDays(3), 10, BreakOutcome.TAKEN);
        breakOn(today.minusDays(3), 14, BreakOutcome.NATURAL);
        breakOn(today.minusDays(1), 11, BreakOutcome.TAKEN);
        open("/diary");

        WebElement chart = waitFor("#diary-chart[data-drawn]", Duration.ofSeconds(10));
        List<String> labels =
                (List<String>)
                        ((JavascriptExecutor) browser)
                                .executeScript(
                                        "return Chart.getChart(arguments[0]).data.datasets"
                                                + ".map(function (d) { return d.label; });",
                                        chart);
        List<Long> moved =
                (List<Long>)
                        ((JavascriptExecutor) browser)
                                .executeScript(
                                        "var c = Chart.getChart(arguments[0]);"
                                                + " var bars = c.data.datasets[2];"
                                                + " return [c.getDatasetMeta(2).type === 'bar' ? 1 : 0,"
                                                + " c.scales.breaks ? 1 : 0,"
                                                + " bars.data.reduce(function (s, p) { return s + p.y; }, 0)];",
                                        chart);

        assertThat(labels)
                .containsExactly("Pain (0-10)", "Day with a guided session", "Movement breaks");
        assertThat(moved).containsExactly(1L, 1L, 3L);
        assertThat(chart.getAttribute("data-drawn")).isEqualTo("2");
        assertThat(all("#entries tbody tr")).hasSize(3);
        assertThat(find("#entries tr.breaks-only").getText())
                .contains(today.minusDays(1).toString(), "no entry", "1");
        assertThat(find("#breaks-hint a").getAttribute("href")).endsWith("/breaks");
        axe();
    }

    @Test
    void withoutBreaksTheChartDrawsOnlyThePain() {
        signUp("stillsitting");
        log(LocalDate.now(app().clock()), 5);

        WebElement chart = waitFor("#diary-chart[data-drawn]", Duration.ofSeconds(10));
        Object datasets =
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "return Chart.getChart(arguments[0]).data.datasets.length;", chart);

        assertThat(datasets).isEqualTo(2L);
        assertThat(chart.getAttribute("data-breaks-drawn")).isEqualTo("0");
    }

    @Test
    void aYesToASafetyQuestionInTheDiaryShowsTheEmergencyBanner() {
        signUp("worried");
        find("#safety summary").click();
        find("#safety-bladderBowelChange-yes").click();
        log(LocalDate.now(), 7);

        WebElement banner = find("#result");
        assertThat(banner.getAttribute("class")).contains("banner-emergency");
        assertThat(banner.getCssValue("background-color")).isEqualTo("rgba(155, 28, 28, 1)");
        axe();
    }

    @Test
    void anEntryIsEditedAndDeletedWithItsButtons() {
        signUp("changer");
        LocalDate today = LocalDate.now();
        log(today.minusDays(2), 6, "heat");
        log(today, 5);

        WebElement edit = find("#entries tbody tr:last-child a[id^='edit-']");
        assertThat(edit.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        clickAndWaitForNextPage("#entries tbody tr:last-child a[id^='edit-']");
        assertThat(find("#pain").getAttribute("value")).isEqualTo("6");
        assertThat(find("#activities-heat").isSelected()).isTrue();
        axe();
        find("#pain").clear();
        find("#pain").sendKeys("3");
        clickAndWaitForNextPage("#save-edit");
        assertThat(find("#notice").getText()).contains("Entry changed.");
        assertThat(find("#entries").getText()).contains("3/10").doesNotContain("6/10");

        WebElement delete = find("#entries tbody tr:first-child a[id^='delete-']");
        assertThat(delete.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        clickAndWaitForNextPage("#entries tbody tr:first-child a[id^='delete-']");
        assertThat(find("#delete-question").getText()).contains("will be deleted");
        axe();
        clickAndWaitForNextPage("#confirm-delete");
        assertThat(find("#notice").getText()).contains("Entry deleted.");
        assertThat(all("#entries tbody tr")).hasSize(1);
        assertThat(find("#entries").getText()).contains("3/10").doesNotContain("5/10");
    }
}
