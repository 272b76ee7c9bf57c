package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
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
