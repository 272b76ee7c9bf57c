package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.account.Totp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

class SecondFactorBrowserIT extends BrowserTest {
    static final String PASSWORD = "correct horse battery";

    @Test
    void settingUpASecondFactorAndSigningInWithARecoveryCodeOnAccessiblePages() {
        open("/signup?next=/account");
        find("#username").sendKeys("two-step");
        find("#password").sendKeys(PASSWORD);
        find("#confirm").sendKeys(PASSWORD);
        clickAndWaitForNextPage("form[action='/signup'] button[type=submit]");
        open("/account/second-factor");
        assertThat(find("main").getText()).contains("The second factor is off");
        axe();

        clickAndWaitForNextPage("form[action='/account/second-factor'] button");
        String secret = find("#secret").getText().replace(" ", "");
        assertThat(find("main a[href^='otpauth://totp/']").getAttribute("href"))
                .contains("secret=" + secret);
        axe();
        find("#code").sendKeys(Totp.code(secret, Instant.now()));
        clickAndWaitForNextPage("form[action='/account/second-factor/confirm'] button");
        List<WebElement> codes = all(".recovery-code-list code");
        assertThat(codes).hasSize(10);
        String recovery = codes.get(0).getText();
        axe();

        open("/account");
        clickAndWaitForNextPage("form[action='/logout'] button");
        open("/login");
        find("#username").sendKeys("two-step");
        find("#password").sendKeys(PASSWORD);
        clickAndWaitForNextPage("form[action='/login'] button[type=submit]");
        assertThat(path()).startsWith("/login/second-factor");
        axe();
        find("#code").sendKeys("000000");
        clickAndWaitForNextPage("form[action='/login/second-factor'] button");
        assertThat(find("[role=alert]").getText()).contains("not right");
        axe();
        find("#code").sendKeys(recovery);
        clickAndWaitForNextPage("form[action='/login/second-factor'] button");

        assertThat(path()).isEqualTo("/diary");
    }
}
