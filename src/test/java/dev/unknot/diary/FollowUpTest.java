package dev.unknot.diary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Pain;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.KnowledgeBase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowUpTest {
    static final FollowUp FOLLOW_UP = new FollowUp(FollowUpRules.load(KnowledgeBase.load()));
    static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    private static DiaryEntry entry(int daysAgo, int pain) {
        return new DiaryEntry(
                daysAgo,
                TODAY.minusDays(daysAgo),
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(100_000L - daysAgo),
                new Pain(pain),
                Set.of(),
                "",
                Map.of(),
                Optional.empty());
    }

    private static FollowUp.Verdict verdict(DiaryEntry... entries) {
        List<DiaryEntry> all = List.of(entries);
        List<DiaryEntry> recent = new ArrayList<>();
        for (DiaryEntry entry : all) {
            if (!entry.date().isBefore(FOLLOW_UP.windowStart(TODAY))) {
                recent.add(entry);
            }
        }
        return FOLLOW_UP.verdict(Optional.of(all.get(0)), recent, TODAY);
    }

    private static List<String> rules(FollowUp.Verdict verdict) {
        return verdict.escalations().stream().map(Escalation::rule).toList();
    }

    @Test
    void noEntriesMeansNoVerdict() {
        FollowUp.Verdict verdict = FOLLOW_UP.verdict(Optional.empty(), List.of(), TODAY);

        assertThat(verdict.progress().status()).isEqualTo(Progress.Status.NO_ENTRIES);
        assertThat(verdict.escalations()).isEmpty();
    }

    @Test
    void thirteenDaysWithoutImprovementIsTooEarly() {
        FollowUp.Verdict verdict = verdict(entry(13, 6), entry(0, 6));

        assertThat(verdict.progress().status()).isEqualTo(Progress.Status.TOO_EARLY);
        assertThat(rules(verdict)).doesNotContain("F1");
    }

    @Test
    void fourteenDaysWithoutImprovementEscalatesToSeeClinician() {
        FollowUp.Verdict verdict = verdict(entry(14, 6), entry(0, 5));

        assertThat(verdict.progress().status()).isEqualTo(Progress.Status.NOT_IMPROVED);
        assertThat(verdict.escalations())
                .singleElement()
                .satisfies(
                        escalation -> {
                            assertThat(escalation.rule()).isEqualTo("F1");
                            assertThat(escalation.disposition())
                                    .isEqualTo(Disposition.SEE_CLINICIAN);
                            assertThat(escalation.sources())
                                    .containsExactly("000", "003", "childs-2005", "ostelo-2008");
                        });
    }

    @Test
    void twoPointsDownIsImprovedEvenWhenUnderThirtyPercent() {
        assertThat(verdict(entry(20, 9), entry(0, 7)).progress().status())
                .isEqualTo(Progress.Status.IMPROVED);
    }

    @Test
    void thirtyPercentDownIsImprovedEvenWhenUnderTwoPoints() {
        assertThat(verdict(entry(20, 3), entry(0, 2)).progress().status())
                .isEqualTo(Progress.Status.IMPROVED);
        assertThat(verdict(entry(20, 5), entry(0, 4)).progress().status())
                .isEqualTo(Progress.Status.NOT_IMPROVED);
    }

    @Test
    void painGoneCountsAsImproved() {
        assertThat(verdict(entry(20, 1), entry(0, 0)).progress().status())
                .isEqualTo(Progress.Status.IMPROVED);
        assertThat(verdict(entry(20, 0), entry(0, 0)).escalations()).isEmpty();
    }

    @Test
    void latestEntryIsTheOneJudged() {
        FollowUp.Verdict verdict = verdict(entry(20, 7), entry(3, 2), entry(0, 7));

        assertThat(verdict.progress().latestPain()).isEqualTo(7);
        assertThat(rules(verdict)).contains("F1");
    }

    @Test
    void averageUpTwoPointsWeekOnWeekEscalates() {
        FollowUp.Verdict verdict =
                verdict(entry(12, 3), entry(9, 3), entry(7, 3), entry(6, 5), entry(0, 5));

        assertThat(rules(verdict)).contains("F2");
    }

    @Test
    void averageUpUnderTwoPointsDoesNot() {
        FollowUp.Verdict verdict =
                verdict(entry(12, 3), entry(9, 3), entry(7, 4), entry(6, 5), entry(0, 5));

        assertThat(rules(verdict)).doesNotContain("F2");
    }

    @Test
    void worseningNeedsEntriesInBothWeeks() {
        assertThat(rules(verdict(entry(3, 2), entry(0, 9)))).doesNotContain("F2");
    }

    @Test
    void threePointsDownAfterTwelveDaysIsImproved() {
        assertThat(verdict(entry(12, 6), entry(0, 3)).progress().status())
                .isEqualTo(Progress.Status.IMPROVED);
    }

    @Test
    void twoPointsUpAfterTwelveDaysIsWorseNotTooEarly() {
        FollowUp.Verdict verdict = verdict(entry(12, 3), entry(0, 5));

        assertThat(verdict.progress().status()).isEqualTo(Progress.Status.WORSE);
        assertThat(verdict.progress().status().words()).isEqualTo("worse");
    }

    @Test
    void thirtyPercentUpIsWorseEvenWhenUnderTwoPoints() {
        assertThat(verdict(entry(5, 3), entry(0, 4)).progress().status())
                .isEqualTo(Progress.Status.WORSE);
        assertThat(verdict(entry(5, 5), entry(0, 6)).progress().status())
                .isEqualTo(Progress.Status.TOO_EARLY);
    }

    @Test
    void worseAfterFourteenDaysIsNotImprovedAndEscalates() {
        assertThat(rules(verdict(entry(14, 3), entry(0, 6)))).contains("F1");
        assertThat(rules(verdict(entry(13, 3), entry(0, 6)))).doesNotContain("F1");
    }
}
