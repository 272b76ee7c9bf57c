package dev.unknot.workstation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Source;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled check scored by hand. Weights: lower-back support 3, seat height 2, adjustable chair
 * 1, feet flat 2, room for legs 1, screen height 3, screen distance 2, keyboard and mouse 2, hand
 * rest 1, breaks 3, changing position 1, glare 1, lighting 1, laptop 2: 25 points possible.
 */
class ChecklistTest {
    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    static final Checklist CHECK = Checklist.load(KNOWLEDGE);

    /** The best answer to every item. */
    static Map<String, String> allGood() {
        Map<String, String> typed = new LinkedHashMap<>();
        for (Item item : CHECK.items()) {
            typed.put(item.id(), item.choices().get(0).key());
        }
        return typed;
    }

    static Map<String, String> with(Map<String, String> typed, String... pairs) {
        Map<String, String> changed = new LinkedHashMap<>(typed);
        for (int i = 0; i < pairs.length; i += 2) {
            changed.put(pairs[i], pairs[i + 1]);
        }
        return changed;
    }

    static Result score(Map<String, String> typed) {
        return CHECK.score(CHECK.answers(typed, "answers"));
    }

    @Test
    void theBundledCheckHasFourteenItemsInSevenGroupsWorthTwentyFivePoints() {
        assertThat(CHECK.items()).hasSize(14);
        assertThat(CHECK.groups()).extracting(Group::title).hasSize(7);
        assertThat(CHECK.items().stream().mapToInt(Item::weight).sum()).isEqualTo(25);
        assertThat(CHECK.items())
                .allSatisfy(item -> assertThat(item.choices()).last().isEqualTo(Choice.NOT_SURE));
    }

    @Test
    void everythingSetUpWellScoresOneHundredWithNothingToChange() {
        Result result = score(allGood());

        assertThat(result.score()).isEqualTo(100);
        assertThat(result.band().name()).isEqualTo("well set up");
        assertThat(result.pointsText()).isEqualTo("25 of 25 points");
        assertThat(result.changes()).isEmpty();
    }

    @Test
    void aChairWithoutBackSupportAndALowScreenScoreSeventySixPercent() {
        // 25 - 3 (lower-back support) - 3 (screen height) = 19 of 25 = 76 %
        Result result = score(with(allGood(), "chair-back-support", "no", "screen-height", "no"));

        assertThat(result.score()).isEqualTo(76);
        assertThat(result.pointsText()).isEqualTo("19 of 25 points");
        assertThat(result.band().name()).isEqualTo("a few changes would help your back");
        assertThat(result.fixes())
                .extracting(change -> change.item().id())
                .containsExactly("chair-back-support", "screen-height");
        assertThat(result.fixes().get(1).text())
                .contains("top line of text is at or just below eye level");
        assertThat(result.fixes().get(1).sources())
                .extracting(Source::id)
                .contains("osha-etool", "hse-dse");
    }

    @Test
    void changesComeHeaviestFirstAndUnsureOnesLastToCheck() {
        // fixes: feet (2), screen height (3), glare (1); not sure: hand rest (1), seat height (2)
        // 25 - 2 - 3 - 1 - 1 - 2 = 16 of 25 = 64 %
        Result result =
                score(
                        with(
                                allGood(),
                                "feet-flat",
                                "no",
                                "screen-height",
                                "no",
                                "glare",
                                "no",
                                "hand-rest",
                                "not sure",
                                "chair-height",
                                "unsure"));

        assertThat(result.score()).isEqualTo(64);
        assertThat(result.changes())
                .extracting(change -> change.item().id() + " " + change.need())
                .containsExactly(
                        "screen-height FIX",
                        "feet-flat FIX",
                        "glare FIX",
                        "chair-height CHECK",
                        "hand-rest CHECK");
    }

    @Test
    void everyAnswerNotSureScoresZeroAndListsEveryItemToCheck() {
        Map<String, String> typed = new LinkedHashMap<>();
        CHECK.items().forEach(item -> typed.put(item.id(), "not-sure"));

        Result result = score(typed);

        assertThat(result.score()).isZero();
        assertThat(result.pointsText()).isEqualTo("0 of 25 points");
        assertThat(result.band().name()).isEqualTo("several changes would help your back");
        assertThat(result.fixes()).isEmpty();
        assertThat(result.checks()).hasSize(14);
    }

    @Test
    void aBreakEveryHourOrTwoEarnsHalfItsWeight() {
        // 22 + 1.5 = 23.5 of 25 = 94 %
        Result result = score(with(allGood(), "screen-breaks", "two-hours"));

        assertThat(result.score()).isEqualTo(94);
        assertThat(result.pointsText()).isEqualTo("23.5 of 25 points");
        assertThat(result.fixes())
                .extracting(change -> change.item().id())
                .containsExactly("screen-breaks");
    }

    @Test
    void noLaptopLeavesTheLaptopItemOutOfTheScore() {
        // laptop left out: 23 possible; no hand rest: 22 of 23 = 95.65 -> 96 %
        Result result = score(with(allGood(), "laptop-setup", "no-laptop", "hand-rest", "no"));

        assertThat(result.pointsText()).isEqualTo("22 of 23 points");
        assertThat(result.score()).isEqualTo(96);
    }

    @Test
    void answersAreReadByKeyLabelNumberOrShortForm() {
        Result result =
                score(
                        with(
                                allGood(),
                                "feet-flat",
                                "N",
                                "glare",
                                "2",
                                "screen-breaks",
                                "Every hour or two"));

        assertThat(result.fixes())
                .extracting(change -> change.answer().key())
                .containsExactly("no", "two-hours", "no");
    }

    @Test
    void aMissingOrUnknownAnswerIsRefusedNamingTheItem() {
        Map<String, String> missing = allGood();
        missing.remove("glare");
        assertThatThrownBy(() -> CHECK.answers(missing, "answers"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("answers.glare: needs an answer");
        assertThatThrownBy(() -> CHECK.answers(with(allGood(), "glare", "maybe"), "answers"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("answers.glare: 'maybe' is not one of yes, no, not-sure");
        assertThatThrownBy(() -> CHECK.answers(with(allGood(), "desk-colour", "yes"), "answers"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("answers.desk-colour: is not an item of the workstation check");
    }

    @Test
    void failedItemsAreLinkedToTheirPreventionHabits() {
        Result result =
                score(
                        with(
                                allGood(),
                                "screen-height",
                                "no",
                                "screen-breaks",
                                "rarely",
                                "glare",
                                "no"));

        HabitLinks links = result.habitLinks();
        assertThat(links.changesFor("workstation"))
                .extracting(change -> change.item().id())
                .containsExactly("screen-height");
        assertThat(links.changesFor("sitting-breaks"))
                .extracting(change -> change.item().id())
                .containsExactly("screen-breaks");
        assertThat(links.changesFor("lifting")).isEmpty();
    }

    @Test
    void theComparisonNamesWhatWasFixedWhatIsNewAndWhatIsStillToChange() {
        Answers before =
                CHECK.answers(with(allGood(), "screen-height", "no", "glare", "no"), "answers");
        StoredCheck previous =
                new StoredCheck(1, Instant.parse("2026-03-12T09:00:00Z"), before, 84);
        Answers now = CHECK.answers(with(allGood(), "glare", "no", "feet-flat", "no"), "answers");

        Comparison comparison = Comparison.of(CHECK, previous, now, 88);

        assertThat(comparison.lines())
                .extracting(line -> line.words("12 March 2026"))
                .containsExactly(
                        "feet flat: needs a change now; it was fine on 12 March 2026",
                        "screen height: fixed since your check on 12 March 2026",
                        "glare on the screen: still to change, as on 12 March 2026");
        assertThat(comparison.previousScore()).isEqualTo(84);
    }

    @Test
    void answersSurviveTheStoredForm() {
        Answers answers = CHECK.answers(with(allGood(), "glare", "not-sure"), "answers");

        assertThat(Answers.parse(answers.format(), "answers")).isEqualTo(answers);
        assertThatThrownBy(() -> Answers.parse("glare", "answers"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("answers: 'glare' is not ITEM=ANSWER");
    }
}
