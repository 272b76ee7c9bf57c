package dev.unknot.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A description in the person's own words, read back before the result: confirmed as read, one
 * answer marked "that is not what I meant" and asked instead, and an emergency in the words shown
 * first with the words behind it and a way to take them back.
 */
class ReadBackBrowserIT extends BrowserTest {

    void describe(String words) {
        open("/");
        find("#text").sendKeys(words);
        clickAndWaitForNextPage("form[action='/text'] button[type=submit]");
    }

    @Test
    void whatWasReadIsShownInPlainWordsAndConfirmedAsRead() {
        describe("tight knot above my right hip for three days, no tingling, bladder fine");

        WebElement main = find("main");
        assertThat(main.getText())
                .contains(
                        "From your words: is that right?",
                        "no trouble with your bladder or bowels",
                        "(your words: “bladder fine”)",
                        "a knot just above the hip bone",
                        "That is not what I meant")
                .doesNotContain("flags.", "bladderBowelChange", "above-hip");
        assertThat(find("footer").getText()).containsIgnoringCase("not a diagnosis");
        axe();

        clickAndWaitForNextPage("button[value=ask]");

        assertThat(path()).startsWith("/assess");
        assertThat(WizardBrowserIT.currentField(this))
                .isEqualTo("flags.saddleNumbness")
                .isNotEqualTo("flags.bladderBowelChange");
        WizardBrowserIT.answerByClicking(this, WizardBrowserIT.ORDINARY);
        assertThat(find(".banner").getAttribute("class")).contains("banner-self-care");
    }

    @Test
    void anAnswerMarkedNotWhatIMeantIsAskedInFull() {
        describe("tight knot above my right hip for three days, no tingling, bladder fine");

        find("label[for='notMeant-bladderBowelChange']").click();
        assertThat(find("#notMeant-bladderBowelChange").isSelected()).isTrue();
        clickAndWaitForNextPage("button[value=ask]");

        assertThat(WizardBrowserIT.currentField(this)).isEqualTo("flags.bladderBowelChange");
        assertThat(find("main").getText()).contains("trouble controlling your bladder or bowels");
        assertThat(all("#bladderBowelChange-yes")).hasSize(1);
        axe();
    }

    @Test
    void anEmergencyInTheWordsComesFirstWithTheWordsBehindItAndCanBeTakenBack() {
        describe("I wet myself this morning");

        assertThat(path()).isEqualTo("/text");
        WebElement banner = find(".banner");
        assertThat(banner.getAttribute("class")).contains("banner-emergency");
        assertThat(banner.getAttribute("role")).isEqualTo("alert");
        assertThat(find("#from-your-words").getText()).isEqualTo("From your words");
        assertThat(find(".from-words").getText())
                .contains("new trouble controlling your bladder or bowels", "(your words: “");
        assertThat(find("main").getText()).doesNotContain("flags.", "Is that right");
        assertThat(find("footer").getText()).containsIgnoringCase("not a diagnosis");
        axe();

        clickAndWaitForNextPage("#not-what-i-meant");

        assertThat(all(".banner")).isEmpty();
        assertThat(find("main").getText())
                .contains(
                        "Left open: these will be asked",
                        "Do you have new trouble controlling your bladder or bowels",
                        "not what you meant");
        axe();
        clickAndWaitForNextPage("button[value=ask]");

        assertThat(WizardBrowserIT.currentField(this)).isEqualTo("flags.bladderBowelChange");
        find("#bladderBowelChange-no").click();
        clickAndWaitForNextPage("button[value=next]");
        assertThat(find("#error").getText()).contains("Choose yes, no or not sure for:");
        assertThat(find("#bladderBowelChange-no").isSelected()).isTrue();
    }
}
