package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.account.Credentials;
import dev.unknot.clinic.ClinicAdmin;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The clinician's side in Chromium: a clinician made through the service the {@code unknot clinic}
 * command uses makes an invite; a person signs up from its link and says yes; the clinician sees
 * them on the list and their record; the person revokes, and the clinician then gets nothing (404).
 * axe checks every page on the way; the list fits a phone.
 */
class ClinicianBrowserIT extends BrowserTest {
    private static final String PASSWORD = AccountBrowserIT.PASSWORD;

    private void signIn(String username, String next) {
        browser.manage().deleteAllCookies();
        open("/login?next=" + next);
        find("#username").sendKeys(username);
        find("#password").sendKeys(PASSWORD);
        clickAndWaitForNextPage("form[action='/login'] button[type=submit]");
        SecondStep.answer(browser, app().clock(), username);
    }

    @Test
    void inviteConsentDashboardRecordAndRevoke() {
        ClinicAdmin admin = app().clinicAdmin(Optional.empty());
        admin.create("North Clinic");
        admin.addClinician("North Clinic", new Credentials("dr.lee", PASSWORD), "Dr Ada Lee");

        signIn("dr.lee", "/clinician");
        assertThat(path()).isEqualTo("/clinician");
        assertThat(find("main").getText()).contains("Dr Ada Lee, North Clinic", "Nobody yet");
        axe();
        open("/clinician/invites");
        clickAndWaitForNextPage("#make-invite");
        String link = find("#invite-link").getAttribute("href");
        assertThat(find("#invite-code").getText()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){6}");
        axe();

        browser.manage().deleteAllCookies();
        browser.get(link);
        axe();
        clickAndWaitForNextPage("a[href^='/signup']");
        find("#username").sendKeys("rowan");
        find("#password").sendKeys(PASSWORD);
        find("#confirm").sendKeys(PASSWORD);
        clickAndWaitForNextPage("form[action='/signup'] button[type=submit]");
        assertThat(path()).startsWith("/invite/");
        assertThat(find("#asking").getText())
                .contains("Dr Ada Lee", "North Clinic", "your pain diary", "not your answers");
        axe();
        clickAndWaitForNextPage("#accept");
        assertThat(find("#invite-message").getText()).contains("You said yes");
        axe();
        open("/diary");
        find("#pain").sendKeys("6");
        clickAndWaitForNextPage("#log-button");

        signIn("dr.lee", "/clinician");
        assertThat(find("#roster").getText()).contains("rowan", "pain 6 out of 10");
        assertThat(find(".sparkline").getAttribute("aria-label"))
                .contains("Pain over the last 28 days");
        axe();
        Screen.size(browser, 390, 800);
        Screen.assertNoSidewaysScroll(browser);
        Screen.reset(browser);
        clickAndWaitForNextPage("#roster a[href^='/clinician/people/']");
        String record = path();
        assertThat(find("main").getText()).contains("rowan", "Plan", "No individual plan yet");
        axe();

        signIn("rowan", "/account");
        assertThat(find("#care").getText()).contains("Dr Ada Lee", "North Clinic");
        assertThat(find("#audit").getText()).contains("Dr Ada Lee", "your record");
        axe();
        clickAndWaitForNextPage("#care form button");
        assertThat(find("#notice").getText()).contains("can no longer see your record");
        assertThat(find("#care").getText()).contains("Nobody but you");

        signIn("dr.lee", "/clinician");
        assertThat(find("main").getText()).doesNotContain("rowan");
        open(record);
        assertThat(find("main").getText()).contains("there is nothing at this address");
    }
}
