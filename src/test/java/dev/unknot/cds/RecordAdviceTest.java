package dev.unknot.cds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.TestApps;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import dev.unknot.intake.TestIntakes;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Rule;
import dev.unknot.measure.Instrument;
import dev.unknot.measure.MeasureLog;
import dev.unknot.measure.Measures;
import dev.unknot.record.PersonRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The advice a record gives comes from the app's own rules, and every card the knowledge can
 * produce keeps to the spec's limits: a summary under 140 characters, a source with a label.
 */
class RecordAdviceTest {
    private static final KnowledgeBase KNOWLEDGE = TestApps.KNOWLEDGE;
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Measures MEASURES = Measures.load();
    private static final FollowUpRules RULES = FollowUpRules.load(KNOWLEDGE);
    private static final RecordAdvice ADVICE =
            new RecordAdvice(KNOWLEDGE, new Assessor(KNOWLEDGE), RULES, MEASURES, CLOCK);

    private static PersonRecord record(
            List<SavedAssessment> assessments, List<DiaryEntry> diary, List<MeasureLog> measures) {
        return new PersonRecord("p", NOW, assessments, diary, List.of(), measures, List.of());
    }

    private static DiaryEntry entry(long id, int daysAgo, int pain, Map<Question, Object> safety) {
        LocalDate day = LocalDate.now(CLOCK).minusDays(daysAgo);
        return new DiaryEntry(
                id,
                day,
                day.atTime(20, 0).toInstant(ZoneOffset.UTC).isAfter(NOW)
                        ? NOW
                        : day.atTime(20, 0).toInstant(ZoneOffset.UTC),
                new Pain(pain),
                Set.of(),
                "",
                safety,
                Optional.empty());
    }

    @Test
    void everySummaryTheKnowledgeCanGiveIsUnder140CharactersAndEveryRuleHasASource() {
        List<String> summaries = new ArrayList<>();
        for (Disposition disposition : Disposition.values()) {
            summaries.add(KNOWLEDGE.text(disposition).headline());
        }
        summaries.add(RULES.persistent().name());
        summaries.add(RULES.worsening().name());
        summaries.add(RULES.redFlag().name());
        MEASURES.instruments().stream()
                .map(Instrument::alert)
                .flatMap(Optional::stream)
                .forEach(alert -> summaries.add(alert.name()));
        assertThat(summaries)
                .allSatisfy(
                        summary ->
                                assertThat(summary)
                                        .isNotBlank()
                                        .hasSizeLessThan(Card.SUMMARY_LIMIT));
        for (String summary : summaries) {
            Card card =
                    Cards.card(
                            new AdviceItem(
                                    AdviceItem.Kind.ESCALATION,
                                    Disposition.SEE_CLINICIAN,
                                    summary,
                                    "d",
                                    "F1",
                                    "label",
                                    Optional.empty()),
                            Optional.empty());
            assertThat(card.summary()).isEqualTo(summary);
        }
        for (Rule rule : KNOWLEDGE.rules()) {
            assertThat(rule.sources().stream().map(KNOWLEDGE::source).flatMap(Optional::stream))
                    .as(rule.id())
                    .isNotEmpty();
        }
    }

    @Test
    void everyRuleFiredGivesOneCardOfItsDispositionNamingTheRuleInItsDetail() {
        // each safety question answered yes on an otherwise ordinary intake
        for (Question question : Question.safetyQuestions()) {
            if (!(question.type() instanceof dev.unknot.intake.AnswerType.YesNo)) {
                continue;
            }
            Object yes = Boolean.TRUE;
            var intake = TestIntakes.allNo().put(question, yes).build();
            var result = new Assessor(KNOWLEDGE).triage().triage(intake);
            List<AdviceItem> advice =
                    ADVICE.advise(
                            record(
                                    List.of(
                                            new SavedAssessment(
                                                    NOW.minusSeconds(60),
                                                    result.disposition(),
                                                    intake)),
                                    List.of(),
                                    List.of()));
            assertThat(advice).as(question.field()).hasSize(1);
            AdviceItem item = advice.get(0);
            assertThat(item.disposition()).isEqualTo(result.disposition());
            assertThat(Cards.card(item, Optional.empty()).summary()).hasSizeLessThan(140);
            result.reasons()
                    .forEach(
                            reason ->
                                    assertThat(item.detail())
                                            .contains("(rule " + reason.ruleId() + ")"));
        }
    }

    @Test
    void aRedFlagInTheDiarySinceTheAnswersRaisesTheTriage() {
        var intake = TestIntakes.allNo().build();
        List<AdviceItem> advice =
                ADVICE.advise(
                        record(
                                List.of(
                                        new SavedAssessment(
                                                NOW.minusSeconds(3600 * 48),
                                                Disposition.SELF_CARE,
                                                intake)),
                                List.of(
                                        entry(
                                                1,
                                                1,
                                                4,
                                                Map.of(Question.BLADDER_BOWEL_CHANGE, true))),
                                List.of()));
        assertThat(advice.get(0).disposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(Cards.indicator(advice.get(0))).isEqualTo(Card.Indicator.CRITICAL);
    }

    @Test
    void noImprovementAfterFourteenDaysRaisesF1() {
        List<DiaryEntry> diary = new ArrayList<>();
        for (int day = 15; day >= 0; day--) {
            diary.add(entry(16 - day, day, 5, Map.of()));
        }
        List<AdviceItem> advice = ADVICE.advise(record(List.of(), diary, List.of()));
        assertThat(advice).extracting(AdviceItem::rule).containsExactly("F1");
        assertThat(Cards.indicator(advice.get(0))).isEqualTo(Card.Indicator.WARNING);
    }

    @Test
    void theLatestStartBackResultDecidesTheAlert() {
        MeasureLog high =
                new MeasureLog(
                        "startback",
                        LocalDate.of(2026, 11, 20),
                        NOW.minusSeconds(86400 * 11),
                        "0,0,0,0,1,1,1,1,0",
                        "4",
                        "high risk");
        MeasureLog low =
                new MeasureLog(
                        "startback",
                        LocalDate.of(2026, 11, 30),
                        NOW.minusSeconds(86400),
                        "0,0,0,0,0,0,0,0,0",
                        "0",
                        "low risk");
        assertThat(ADVICE.advise(record(List.of(), List.of(), List.of(high))))
                .extracting(AdviceItem::rule)
                .containsExactly("M1");
        assertThat(ADVICE.advise(record(List.of(), List.of(), List.of(high, low)))).isEmpty();
        AdviceItem m1 = ADVICE.advise(record(List.of(), List.of(), List.of(high))).get(0);
        assertThat(m1.sourceLabel()).isNotBlank();
        assertThat(Stream.of(m1.detail()))
                .allSatisfy(d -> assertThat(d).contains("not a diagnosis"));
    }
}
