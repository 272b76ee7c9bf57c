package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

class WorkstationBrowserIT extends BrowserTest {

    void signUp(String username) {
        open("/signup?next=/account");
        find("#username").sendKeys(username);
        find("#password").sendKeys(AccountBrowserIT.PASSWORD);
        find("#confirm").sendKeys(AccountBrowserIT.PASSWORD);
        clickAndWaitForNextPage("form[action='/signup'] button[type=submit]");
    }

    /** Ticks the first (best) answer of every item, then the given answers over them. */
    void answer(String... itemAndKey) {
        for (WebElement fieldset : all("fieldset.workstation-item")) {
            fieldset.findElement(org.openqa.selenium.By.cssSelector("input[type=radio]")).click();
        }
        for (int i = 0; i < itemAndKey.length; i += 2) {
            find("#" + itemAndKey[i] + "-" + itemAndKey[i + 1]).click();
        }
    }

    @Test
    void aPersonAnswersTheFormAndSeesTheChangesWithTheirSources() {
        signUp("deskworker");
        clickAndWaitForNextPage("#workstation-link");
        assertThat(path()).isEqualTo("/workstation");
        assertThat(all("fieldset.workstation-item")).hasSize(14);
        axe();

        answer("screen-height", "no", "chair-back-support", "no", "glare", "not-sure");
        clickAndWaitForNextPage("#workstation-submit");

        assertThat(path()).isEqualTo("/workstation/result");
        // 25 - 3 - 3 - 1 = 18 of 25 = 72 %
        assertThat(find("#workstation-score").getText())
                .contains("72% – a few changes would help your back", "18 of 25 points");
        assertThat(all("#workstation-fixes li")).hasSize(2);
        assertThat(find("#workstation-fixes").getText())
                .contains("lower-back support:", "screen height:", "Raise the screen")
                .contains("OSHA: Computer Workstations eTool");
        assertThat(find("#workstation-checks").getText()).contains("Is the screen free of glare");
        assertThat(find(".disclaimer").getText()).contains("Not a diagnosis");
        axe();

        clickAndWaitForNextPage("#workstation-again");
        answer("chair-back-support", "no");
        clickAndWaitForNextPage("#workstation-submit");

        assertThat(find("#workstation-since").getText())
                .contains("72% then, 88% now")
                .contains("screen height: fixed since your check on")
                .contains("lower-back support: still to change");
        assertThat(all("#workstation-history tbody tr")).hasSize(2);
    }
}
