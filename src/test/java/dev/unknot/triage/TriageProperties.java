package dev.unknot.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.ArbitraryIntakes;
import dev.unknot.intake.Intake;
import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import dev.unknot.intake.TestIntakes;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.Rule;
import dev.unknot.knowledge.Truth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Invariants of triage over arbitrary intakes: any subset of questions answered with any allowed
 * value.
 */
class TriageProperties {

    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    static final Triage TRIAGE = new Triage(KNOWLEDGE.rules());

    /**
     * The answers that must lead to EMERGENCY whatever else is answered (triage-policy.md R1-R3,
     * R5, R6, R23).
     */
    static final List<Tuple2<Question, Object>> EMERGENCY_ANSWERS =
            List.of(
                    Tuple.of(Question.BLADDER_BOWEL_CHANGE, true),
                    Tuple.of(Question.SADDLE_NUMBNESS, true),
                    Tuple.of(Question.LEG_WEAKNESS, LegWeakness.BOTH_LEGS),
                    Tuple.of(Question.LEG_WEAKNESS, LegWeakness.PROGRESSIVE),
                    Tuple.of(Question.LEG_NUMBNESS, LegNumbness.BOTH_LEGS),
                    Tuple.of(Question.MAJOR_TRAUMA, true),
                    Tuple.of(Question.CHEST_PAIN, true));

    /** The single answers that must lead at least to URGENT (R4, R7). */
    static final List<Tuple2<Question, Object>> URGENT_ANSWERS =
            List.of(
                    Tuple.of(Question.LEG_WEAKNESS, LegWeakness.ONE_LEG),
                    Tuple.of(Question.FEVER, true));

    @Provide
    Arbitrary<Intake> intakes() {
        return ArbitraryIntakes.intakes();
    }

    @Provide
    Arbitrary<Tuple2<Question, Object>> yesAnswers() {
        return Arbitraries.of(Question.safetyQuestions())
                .flatMap(
                        question ->
                                ArbitraryIntakes.values(question)
                                        .filter(value -> !value.equals(TestIntakes.no(question)))
                                        .map(value -> Tuple.of(question, value)));
    }

    @Provide
    Arbitrary<Tuple2<Question, Object>> emergencyAnswers() {
        return Arbitraries.of(EMERGENCY_ANSWERS);
    }

    @Provide
    Arbitrary<Tuple2<Question, Object>> urgentAnswers() {
        return Arbitraries.of(URGENT_ANSWERS);
    }

    @Property
    void turningASafetyAnswerFromNoToYesNeverLowersTheDisposition(
            @ForAll("intakes") Intake intake, @ForAll("yesAnswers") Tuple2<Question, Object> yes) {
        Intake saidNo = intake.toBuilder().put(yes.get1(), TestIntakes.no(yes.get1())).build();
        Intake saidYes = intake.toBuilder().put(yes.get1(), yes.get2()).build();

        Disposition before = TRIAGE.triage(saidNo).disposition();
        Disposition after = TRIAGE.triage(saidYes).disposition();

        assertThat(after.severity())
                .as("%s -> %s after %s", before, after, yes)
                .isGreaterThanOrEqualTo(before.severity());
    }

    @Property
    void answeringAnOpenSafetyQuestionYesNeverLowersTheDisposition(
            @ForAll("intakes") Intake intake, @ForAll("yesAnswers") Tuple2<Question, Object> yes) {
        Intake open = intake.toBuilder().clear(yes.get1()).build();
        Intake saidYes = intake.toBuilder().put(yes.get1(), yes.get2()).build();

        assertThat(TRIAGE.triage(saidYes).disposition().severity())
                .isGreaterThanOrEqualTo(TRIAGE.triage(open).disposition().severity());
    }

    @Property
    void aPositiveEmergencyFlagIsNeverBelowEmergency(
            @ForAll("intakes") Intake intake,
            @ForAll("emergencyAnswers") Tuple2<Question, Object> flag) {
        TriageResult result =
                TRIAGE.triage(intake.toBuilder().put(flag.get1(), flag.get2()).build());

        assertThat(result.disposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(result.reasons().get(0).rule().disposition()).isEqualTo(Disposition.EMERGENCY);
        assertThat(result.allowsPlan()).isFalse();
    }

    @Property
    void aPositiveUrgentFlagIsNeverBelowUrgent(
            @ForAll("intakes") Intake intake,
            @ForAll("urgentAnswers") Tuple2<Question, Object> flag) {
        TriageResult result =
                TRIAGE.triage(intake.toBuilder().put(flag.get1(), flag.get2()).build());

        assertThat(result.disposition()).isIn(Disposition.URGENT, Disposition.EMERGENCY);
        assertThat(result.allowsPlan()).isFalse();
    }

    @Property
    @StatisticsReport(onFailureOnly = true)
    void selfCareOnlyWhenEverySafetyQuestionIsAnsweredAndNoRuleFires(
            @ForAll("intakes") Intake intake) {
        TriageResult result = TRIAGE.triage(intake);

        Statistics.label("disposition").collect(result.disposition());
        Statistics.label("disposition")
                .coverage(
                        coverage -> {
                            for (Disposition disposition : Disposition.values()) {
                                coverage.check(disposition).percentage(percent -> percent >= 1.0);
                            }
                        });
        if (result.disposition() == Disposition.SELF_CARE) {
            assertThat(intake.unansweredSafetyQuestions()).isEmpty();
            assertThat(result.unanswered()).isEmpty();
            assertThat(result.reasons()).isEmpty();
        }
        if (!intake.unansweredSafetyQuestions().isEmpty()) {
            assertThat(result.disposition()).isNotEqualTo(Disposition.SELF_CARE);
            assertThat(result.unanswered()).containsAll(intake.unansweredSafetyQuestions());
        }
    }

    @Property
    void theDispositionIsTheMostSeriousFiredRuleOrIncomplete(@ForAll("intakes") Intake intake) {
        TriageResult result = TRIAGE.triage(intake);

        Disposition worst =
                result.reasons().isEmpty()
                        ? Disposition.SELF_CARE
                        : result.reasons().get(0).rule().disposition();
        if (worst.isImmediate() || result.unanswered().isEmpty()) {
            assertThat(result.disposition()).isEqualTo(worst);
        } else {
            assertThat(result.disposition()).isEqualTo(Disposition.INCOMPLETE);
        }
        assertThat(result.reasons())
                .extracting(reason -> reason.rule().disposition().severity())
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Property
    void everyRuleThatHoldsIsListedWithTheAnswersThatFiredIt(@ForAll("intakes") Intake intake) {
        TriageResult result = TRIAGE.triage(intake);

        List<String> holding =
                KNOWLEDGE.rules().stream()
                        .filter(rule -> rule.when().test(intake) == Truth.TRUE)
                        .map(Rule::id)
                        .toList();
        assertThat(result.reasons())
                .extracting(Reason::ruleId)
                .containsExactlyInAnyOrderElementsOf(holding);
        assertThat(result.reasons())
                .allSatisfy(
                        reason -> {
                            assertThat(reason.evidence()).isNotEmpty();
                            assertThat(reason.sources()).isNotEmpty();
                            assertThat(reason.advice()).isNotBlank();
                        });
    }

    @Property
    void theResultIsDeterministic(@ForAll("intakes") Intake intake) {
        TriageResult first = TRIAGE.triage(intake);
        Map<Question, Object> shuffled = new HashMap<>(intake.answers());
        Intake rebuilt = Intake.builder().putAll(shuffled).build();

        assertThat(TRIAGE.triage(intake)).isEqualTo(first);
        assertThat(new Triage(KNOWLEDGE.rules()).triage(rebuilt)).isEqualTo(first);
    }
}
