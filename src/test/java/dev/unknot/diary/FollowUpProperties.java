package dev.unknot.diary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Pain;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.KnowledgeBase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The 14-day verdict treats a rise as promptly as a fall: mirroring a pain series around its first
 * pain (each pain {@code p} becomes {@code 2 x first - p}) turns "improved" into "worse" and back,
 * with the same days of data, and leaves every other verdict as it was. Series that start at 0 have
 * no mirror on the 0-10 scale (except all zeros), so the first pain is 1 to 10.
 */
class FollowUpProperties {
    static final FollowUp FOLLOW_UP = new FollowUp(FollowUpRules.load(KnowledgeBase.load()));
    static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    /** A diary: the first pain, and later entries as (days ago, pain) within the mirror's reach. */
    record Series(int first, int firstDaysAgo, List<int[]> later) {
        Series mirrored() {
            List<int[]> flipped = new ArrayList<>();
            for (int[] entry : later) {
                flipped.add(new int[] {entry[0], 2 * first - entry[1]});
            }
            return new Series(first, firstDaysAgo, flipped);
        }

        FollowUp.Verdict verdict() {
            List<DiaryEntry> recent = new ArrayList<>();
            DiaryEntry start = entry(firstDaysAgo, first, 0);
            if (!start.date().isBefore(FOLLOW_UP.windowStart(TODAY))) {
                recent.add(start);
            }
            for (int index = 0; index < later.size(); index++) {
                DiaryEntry entry = entry(later.get(index)[0], later.get(index)[1], index + 1);
                if (!entry.date().isBefore(FOLLOW_UP.windowStart(TODAY))) {
                    recent.add(entry);
                }
            }
            return FOLLOW_UP.verdict(Optional.of(start), recent, TODAY);
        }

        private static DiaryEntry entry(int daysAgo, int pain, int order) {
            return new DiaryEntry(
                    order,
                    TODAY.minusDays(daysAgo),
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(order),
                    new Pain(pain),
                    Set.of(),
                    "",
                    Map.of(),
                    Optional.empty());
        }
    }

    @Provide
    Arbitrary<Series> series() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 10),
                        Arbitraries.integers().between(0, 30))
                .flatAs(
                        (first, firstDaysAgo) -> {
                            int low = Math.max(0, 2 * first - 10);
                            int high = Math.min(10, 2 * first);
                            Arbitrary<int[]> later =
                                    Combinators.combine(
                                                    Arbitraries.integers().between(0, firstDaysAgo),
                                                    Arbitraries.integers().between(low, high))
                                            .as((daysAgo, pain) -> new int[] {daysAgo, pain});
                            return later.list()
                                    .ofMaxSize(8)
                                    .map(list -> new Series(first, firstDaysAgo, list));
                        });
    }

    @Property
    void mirroringThePainSeriesMirrorsTheVerdict(@ForAll("series") Series series) {
        Progress progress = series.verdict().progress();
        Progress mirrored = series.mirrored().verdict().progress();

        assertThat(mirrored.status()).isEqualTo(mirror(progress.status()));
        assertThat(mirrored.days()).isEqualTo(progress.days());
        assertThat(mirrored.changePoints()).isEqualTo(-progress.changePoints());
    }

    @Property
    void aMeaningfulRiseIsNeverTooEarlyWhenTheSameFallIsImproved(@ForAll("series") Series series) {
        Progress.Status status = series.verdict().progress().status();
        if (status == Progress.Status.IMPROVED) {
            assertThat(series.mirrored().verdict().progress().status())
                    .isNotEqualTo(Progress.Status.TOO_EARLY)
                    .isEqualTo(Progress.Status.WORSE);
        }
    }

    private static Progress.Status mirror(Progress.Status status) {
        return switch (status) {
            case IMPROVED -> Progress.Status.WORSE;
            case WORSE -> Progress.Status.IMPROVED;
            default -> status;
        };
    }
}
