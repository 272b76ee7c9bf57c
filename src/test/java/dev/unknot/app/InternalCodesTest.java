package dev.unknot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Question;
import dev.unknot.intake.Tool;
import dev.unknot.knowledge.Disposition;
import dev.unknot.plan.Phase;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InternalCodesTest {

    @Test
    void catchesTheCodesANewUserSaw() {
        assertThat(InternalCodes.foundIn("you said: flags.bladderBowelChange = true"))
                .contains("flags.bladderBowelChange", "true");
        assertThat(InternalCodes.foundIn("How many days? (onsetDays)"))
                .containsExactly("onsetDays");
        assertThat(InternalCodes.foundIn("Tools: ice-pack, Tennis-Ball."))
                .containsExactly("ice-pack", "Tennis-Ball");
        assertThat(InternalCodes.foundIn("weakness: one-leg")).containsExactly("one-leg");
        assertThat(InternalCodes.foundIn("Answer: true or false")).containsExactly("true", "false");
    }

    @Test
    void catchesEnumConstantNamesOfMoreThanOneWord() {
        assertThat(InternalCodes.foundIn("Result: SELF_CARE (phase AFTER_ACUTE)"))
                .containsExactly("SELF_CARE", "AFTER_ACUTE");
        assertThat(InternalCodes.foundIn("[SEE_CLINICIAN]")).containsExactly("SEE_CLINICIAN");
    }

    @Test
    void everyConstantOfMoreThanOneWordAndEveryCamelCaseFieldIsBanned() {
        assertThat(InternalCodes.all())
                .contains(Disposition.SEE_CLINICIAN.name(), Tool.ICE_PACK.name())
                .contains(Tool.ICE_PACK.code(), Phase.AFTER_ACUTE.code())
                .contains(
                        Arrays.stream(Question.values())
                                .map(Question::field)
                                .filter(field -> field.chars().anyMatch(Character::isUpperCase))
                                .toArray(String[]::new));
    }

    @Test
    void catchesKnowledgeIdsAndFileNamesButNotTheNamesTheyShareWithTheirWords() {
        assertThat(
                        InternalCodes.foundIn(
                                "quadratus-lumborum; stop sign bladder-bowel; Knee-to-chest"
                                        + " stretch; [000] A title"
                                        + " (000_59b1ecc0e4dd16ff.txt)"))
                .containsExactly("000_59b1ecc0e4dd16ff.txt", "quadratus-lumborum", "bladder-bowel");
    }

    @Test
    void plainWordsPass() {
        assertThat(
                        InternalCodes.foundIn(
                                """
                                ========
                                 !!! EMERGENCY: call 999 now
                                Self-care: this sounds like a muscle knot. This is education and
                                self-care support, not a diagnosis. Pain below the knee, in one leg,
                                on the left side. Use an ice pack, then a cool-down stretch; warm-up first.
                                Use --json for the codes. Step 1 of 8: Heat (15-20 minutes).
                                """))
                .isEmpty();
    }

    @Test
    void aCodeInsideALongerWordIsNotACode() {
        assertThat(InternalCodes.foundIn("an ice-pack-like cold or untrue claim")).isEmpty();
    }

    @Test
    void onAPageOnlyWhatIsShownCounts() {
        String page =
                """
                <html><head><style>.ice-pack { color: blue }</style></head>
                <body><ul class="self-care"><li data-code="ice-pack">
                <input type="checkbox" name="tools" value="ice-pack"> Ice pack</li></ul>
                <script>const field = "onsetDays";</script></body></html>
                """;
        assertThat(InternalCodes.foundInPage(page)).isEmpty();
        assertThat(InternalCodes.foundInPage("<p>Your tools: ice-pack</p>"))
                .containsExactly("ice-pack");
        assertThat(InternalCodes.foundInPage("<img alt=\"onsetDays\" src=\"x.png\">"))
                .containsExactly("onsetDays");
        assertThat(InternalCodes.foundInPage("<button aria-label='SELF_CARE'>Go</button>"))
                .containsExactly("SELF_CARE");
    }
}
