package dev.unknot.workstation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for every set of answers to the bundled check. */
class ChecklistProperties {
    static final Checklist CHECK = ChecklistTest.CHECK;

    @Provide
    Arbitrary<Map<String, String>> answers() {
        List<Item> items = CHECK.items();
        List<Arbitrary<String>> each =
                items.stream()
                        .map(item -> Arbitraries.of(item.choices()).map(Choice::key))
                        .toList();
        return Combinators.combine(each)
                .as(
                        keys -> {
                            Map<String, String> typed = new LinkedHashMap<>();
                            for (int i = 0; i < items.size(); i++) {
                                typed.put(items.get(i).id(), keys.get(i));
                            }
                            return typed;
                        });
    }

    @Property
    void theScoreIsAPercentAndEveryShortfallIsListed(@ForAll("answers") Map<String, String> typed) {
        Result result = CHECK.score(CHECK.answers(typed, "answers"));

        assertThat(result.score()).isBetween(0, 100);
        assertThat(CHECK.band(result.score())).isEqualTo(result.band());
        assertThat(result.score() == 100).isEqualTo(result.changes().isEmpty());
    }

    @Property
    void answeringAnItemBetterNeverLowersTheScore(
            @ForAll("answers") Map<String, String> typed, @ForAll("item") Item item) {
        Result before = CHECK.score(CHECK.answers(typed, "answers"));
        Choice was = item.choice(typed.get(item.id())).orElseThrow();
        for (Choice better : item.choices()) {
            if (!was.counts() || !better.counts() || better.credit() <= was.credit()) {
                continue;
            }
            Map<String, String> improved = new LinkedHashMap<>(typed);
            improved.put(item.id(), better.key());

            Result after = CHECK.score(CHECK.answers(improved, "answers"));

            assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
            assertThat(after.changes()).hasSizeLessThanOrEqualTo(before.changes().size());
        }
    }

    @Provide
    Arbitrary<Item> item() {
        return Arbitraries.of(CHECK.items());
    }
}
