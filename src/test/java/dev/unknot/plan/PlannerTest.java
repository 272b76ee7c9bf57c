package dev.unknot.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Cause;
import dev.unknot.intake.Feel;
import dev.unknot.intake.Intake;
import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import dev.unknot.intake.Region;
import dev.unknot.intake.Spread;
import dev.unknot.intake.TestIntakes;
import dev.unknot.intake.Tool;
import dev.unknot.knowledge.Advice;
import dev.unknot.knowledge.Cited;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.Dose;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.triage.Triage;
import dev.unknot.triage.TriageResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the self-care plan of triage-policy.md ("The self-care plan" and "What a SEE_CLINICIAN plan
 * may hold"). The expected doses are copied from the policy on purpose: a change to care.yaml that
 * breaks the policy fails here.
 */
class PlannerTest {

    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    static final Triage TRIAGE = new Triage(KNOWLEDGE.rules());
    static final Planner PLANNER = new Planner(KNOWLEDGE);
    static final Set<Tool> ALL_TOOLS = EnumSet.allOf(Tool.class);

    private static Optional<CarePlan> maybePlan(Intake intake) {
        return PLANNER.plan(intake, TRIAGE.triage(intake));
    }

    private static CarePlan plan(Intake intake) {
        return maybePlan(intake)
                .orElseThrow(() -> new AssertionError("no plan for " + TRIAGE.triage(intake)));
    }

    /** Day 3, pain 5, knot above the hip, every tool at home, every safety answer no. */
    private static Intake.Builder withAllTools() {
        return TestIntakes.allNo().put(Question.TOOLS, ALL_TOOLS);
    }

    private static Optional<PlanStep> step(CarePlan plan, String id) {
        return plan.steps().stream().filter(step -> step.id().equals(id)).findFirst();
    }

    private static PlanStep requiredStep(CarePlan plan, String id) {
        return step(plan, id)
                .orElseThrow(
                        () -> new AssertionError("no step " + id + " in " + ids(plan.steps())));
    }

    private static Advice requiredLimit(CarePlan plan, String id) {
        return plan.limits().stream()
                .filter(limit -> limit.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no limit " + id));
    }

    private static List<String> ids(List<PlanStep> steps) {
        return steps.stream().map(PlanStep::id).toList();
    }

    private static void assertDose(PlanStep step, Dose.Kind kind, int min, int max) {
        assertThat(step.dose()).as(step.id()).isNotNull();
        assertThat(step.dose().kind()).as(step.id()).isEqualTo(kind);
        assertThat(step.dose().min()).as(step.id() + " min").isEqualTo(min);
        assertThat(step.dose().max()).as(step.id() + " max").isEqualTo(max);
    }

    // --- doses from the policy ---

    @Test
    void massageTechniquesHoldForThePolicyTimes() {
        CarePlan plan = plan(withAllTools().build());

        assertDose(requiredStep(plan, "foam-roller"), Dose.Kind.HOLD, 30, 30);
        assertDose(requiredStep(plan, "hand-compression"), Dose.Kind.HOLD, 30, 90);
        assertDose(requiredStep(plan, "tennis-ball"), Dose.Kind.HOLD, 30, 60);
        assertDose(requiredStep(plan, "lacrosse-ball"), Dose.Kind.HOLD, 30, 60);
        assertThat(plan.steps(Section.MASSAGE))
                .extracting(PlanStep::id)
                .containsExactlyInAnyOrder(
                        "foam-roller", "hand-compression", "tennis-ball", "lacrosse-ball");
    }

    @Test
    void ballTechniquesWarnToKeepTheBallOffTheSpine() {
        CarePlan plan = plan(withAllTools().build());

        for (String ball : List.of("tennis-ball", "lacrosse-ball")) {
            assertThat(String.join(" ", requiredStep(plan, ball).cautions()))
                    .as(ball)
                    .containsIgnoringCase("off the spine");
        }
    }

    @Test
    void stretchesUseThePolicyDoses() {
        CarePlan plan = plan(withAllTools().build());

        PlanStep kneeToChest = requiredStep(plan, "knee-to-chest");
        assertDose(kneeToChest, Dose.Kind.HOLD, 15, 30);
        assertThat(kneeToChest.dose().perSide()).isTrue();
        assertDose(requiredStep(plan, "cat-cow"), Dose.Kind.REPS, 10, 15);
        assertDose(requiredStep(plan, "seated-forward-bend"), Dose.Kind.HOLD, 20, 30);
        assertDose(requiredStep(plan, "pelvic-tilt"), Dose.Kind.REPS, 10, 10);
        assertThat(plan.steps(Section.STRETCH))
                .extracting(PlanStep::id)
                .containsExactly("knee-to-chest", "cat-cow", "seated-forward-bend", "pelvic-tilt");
        assertThat(plan.steps(Section.STRETCH))
                .allSatisfy(
                        step ->
                                assertThat(String.join(" ", step.cautions()))
                                        .containsIgnoringCase("sharp pain"));
    }

    @ParameterizedTest(name = "onsetDays {0}")
    @ValueSource(ints = {0, 1, 2})
    void firstSeventyTwoHoursTakeColdNotHeatAndNoPressureMassage(int onsetDays) {
        CarePlan plan = plan(withAllTools().put(Question.ONSET_DAYS, onsetDays).build());

        assertThat(plan.phase()).isEqualTo(Phase.ACUTE);
        assertThat(plan.hasMassage()).isFalse();
        assertThat(plan.steps(Section.MASSAGE)).isEmpty();
        assertThat(plan.steps(Section.STRETCH))
                .extracting(PlanStep::id)
                .containsExactly("cat-cow", "pelvic-tilt");
        assertThat(plan.limits()).extracting(Advice::id).contains("acute-no-massage");
        assertThat(requiredLimit(plan, "acute-no-massage").sources()).contains("nhs-sprains");
        assertThat(plan.steps().get(0).id()).isEqualTo("cold-acute");
        assertDose(plan.steps().get(0), Dose.Kind.MINUTES, 10, 15);
        assertThat(String.join(" ", plan.steps().get(0).instructions()))
                .containsIgnoringCase("towel");
        assertThat(ids(plan.steps())).doesNotContain("heat-before", "cold-after");
        assertThat(plan.steps(Section.COOL_DOWN)).isEmpty();
        assertThat(plan.notes()).extracting(Advice::id).doesNotContain("alternating");
    }

    @ParameterizedTest(name = "onsetDays {0}")
    @ValueSource(ints = {3, 4, 41})
    void fromDayThreeHeatComesFirstAndColdAfterwardsWithPressureMassage(int onsetDays) {
        CarePlan plan = plan(withAllTools().put(Question.ONSET_DAYS, onsetDays).build());

        assertThat(plan.phase()).isEqualTo(Phase.AFTER_ACUTE);
        assertThat(plan.hasMassage()).isTrue();
        assertThat(plan.limits()).extracting(Advice::id).doesNotContain("acute-no-massage");
        PlanStep first = plan.steps().get(0);
        assertThat(first.id()).isEqualTo("heat-before");
        assertThat(first.section()).isEqualTo(Section.HEAT_COLD);
        assertDose(first, Dose.Kind.MINUTES, 15, 20);
        PlanStep last = plan.steps().get(plan.steps().size() - 1);
        assertThat(last.id()).isEqualTo("cold-after");
        assertThat(last.section()).isEqualTo(Section.COOL_DOWN);
        assertDose(last, Dose.Kind.MINUTES, 10, 15);
        assertThat(ids(plan.steps())).doesNotContain("cold-acute");
        assertThat(plan.notes()).extracting(Advice::id).contains("alternating");
    }

    @Test
    void stepsFollowTheSessionOrder() {
        CarePlan plan = plan(withAllTools().build());

        assertThat(plan.steps()).extracting(PlanStep::section).isSorted();
    }

    @Test
    void withoutTheToolTheHeatOrColdStepOffersASubstitute() {
        PlanStep heatWithoutPad = plan(TestIntakes.allNo().build()).steps().get(0);
        PlanStep heatWithPad = plan(withAllTools().build()).steps().get(0);
        PlanStep iceWithoutPack =
                plan(TestIntakes.allNo().put(Question.ONSET_DAYS, 0).build()).steps().get(0);

        assertThat(heatWithoutPad.instructions())
                .last()
                .asString()
                .contains("No heating pad")
                .contains("warm towel");
        assertThat(heatWithPad.instructions()).noneMatch(line -> line.startsWith("No "));
        assertThat(iceWithoutPack.instructions())
                .last()
                .asString()
                .contains("No ice pack")
                .contains("frozen peas");
    }

    @ParameterizedTest(name = "onsetDays {0}")
    @ValueSource(ints = {0, 1, 2})
    void afterCareInTheFirstThreeDaysHasNoHeatAndOnlyAGentleStretch(int onsetDays) {
        CarePlan plan = plan(withAllTools().put(Question.ONSET_DAYS, onsetDays).build());

        assertThat(plan.afterCare())
                .extracting(Advice::id)
                .containsExactly("water", "walk", "ice-if-sore", "gentle-stretch");
        assertThat(plan.afterCare())
                .noneMatch(advice -> advice.text().toLowerCase().contains("knee-to-chest"));
    }

    @Test
    void afterCareIsWaterWalkHeatOrIceAndOneStretch() {
        CarePlan plan = plan(withAllTools().build());

        assertThat(plan.afterCare())
                .extracting(Advice::id)
                .containsExactly("water", "walk", "heat-or-ice", "one-stretch");
        assertThat(plan.afterCare())
                .allSatisfy(
                        advice -> {
                            assertThat(advice.text()).isNotBlank();
                            assertThat(advice.sources()).containsExactly("004");
                        });
    }

    @Test
    void stopSignsAreThePolicysFourAndTheOtherCaudaEquinaSigns() {
        CarePlan plan = plan(withAllTools().build());

        assertThat(plan.stopSigns())
                .extracting(sign -> sign.id())
                .containsExactly(
                        "severe-pain",
                        "leg-nerve-signs",
                        "bladder-bowel",
                        "saddle-numbness",
                        "sexual-problems",
                        "fever");
        assertThat(plan.stopSigns())
                .allSatisfy(
                        sign ->
                                assertThat(sign.questions())
                                        .isNotEmpty()
                                        .allMatch(Question::isSafety));
    }

    // --- pain and tools ---

    @ParameterizedTest(name = "painNow {0}")
    @ValueSource(ints = {7})
    void highPainKeepsHoldsAtTheLowEndAndLeavesOutTheLacrosseBall(int pain) {
        CarePlan plan = plan(withAllTools().put(Question.PAIN_NOW, pain).build());

        assertThat(ids(plan.steps())).doesNotContain("lacrosse-ball");
        assertDose(requiredStep(plan, "hand-compression"), Dose.Kind.HOLD, 30, 30);
        assertDose(requiredStep(plan, "tennis-ball"), Dose.Kind.HOLD, 30, 30);
        assertDose(requiredStep(plan, "foam-roller"), Dose.Kind.HOLD, 30, 30);
        assertThat(plan.limits()).extracting(Advice::id).contains("gentle-dose");
    }

    @Test
    void painBelowSevenGetsTheFullRangeAndTheLacrosseBall() {
        CarePlan plan = plan(withAllTools().put(Question.PAIN_NOW, 6).build());

        assertDose(requiredStep(plan, "lacrosse-ball"), Dose.Kind.HOLD, 30, 60);
        assertDose(requiredStep(plan, "hand-compression"), Dose.Kind.HOLD, 30, 90);
        assertThat(plan.limits()).isEmpty();
    }

    @ParameterizedTest(name = "painNow {0}")
    @ValueSource(ints = {8, 9, 10})
    void severePainIsSeeClinicianWithHeatColdAndGentleStretchesButNoPressureMassage(int pain) {
        Intake intake = withAllTools().put(Question.PAIN_NOW, pain).build();
        CarePlan plan = plan(intake);

        assertThat(TRIAGE.triage(intake).disposition()).isEqualTo(Disposition.SEE_CLINICIAN);
        assertThat(plan.hasMassage()).isFalse();
        assertThat(plan.steps(Section.MASSAGE)).isEmpty();
        assertThat(ids(plan.steps()))
                .contains("heat-before", "cat-cow", "pelvic-tilt")
                .doesNotContain("seated-forward-bend");
        assertThat(plan.limits())
                .extracting(Advice::id)
                .contains("severe-pain-no-massage")
                .doesNotContain("gentle-dose");
    }

    @Test
    void handsAloneGiveOnlyHandCompression() {
        CarePlan plan = plan(TestIntakes.allNo().put(Question.TOOLS, Set.of()).build());

        assertThat(plan.steps(Section.MASSAGE))
                .extracting(PlanStep::id)
                .containsExactly("hand-compression");
    }

    @Test
    void massageTechniquesOnlyForToolsAtHandWithHandsAlways() {
        CarePlan plan =
                plan(
                        TestIntakes.allNo()
                                .put(Question.TOOLS, Set.of(Tool.TENNIS_BALL, Tool.HEATING_PAD))
                                .build());

        assertThat(plan.steps(Section.MASSAGE))
                .extracting(PlanStep::id)
                .containsExactlyInAnyOrder("hand-compression", "tennis-ball");
    }

    @Test
    void aLacrosseBallAloneIsOfferedAtModeratePain() {
        CarePlan plan =
                plan(TestIntakes.allNo().put(Question.TOOLS, Set.of(Tool.LACROSSE_BALL)).build());

        assertThat(plan.steps(Section.MASSAGE))
                .extracting(PlanStep::id)
                .containsExactlyInAnyOrder("hand-compression", "lacrosse-ball");
    }

    @Test
    void massageStepsNameTheLikelyMusclesTheyReach() {
        CarePlan plan =
                plan(withAllTools().put(Question.REGIONS, Set.of(Region.ABOVE_HIP)).build());

        assertThat(requiredStep(plan, "tennis-ball").forMuscles())
                .containsExactlyInAnyOrder("quadratus lumborum", "gluteus medius");
        assertThat(requiredStep(plan, "foam-roller").forMuscles())
                .containsExactly("quadratus lumborum");
    }

    // --- likely muscles ---

    static Stream<Arguments> regionMuscles() {
        return Stream.of(
                Arguments.of(Region.BESIDE_SPINE, List.of("erector-spinae", "multifidus")),
                Arguments.of(Region.ABOVE_HIP, List.of("quadratus-lumborum", "gluteus-medius")),
                Arguments.of(
                        Region.ABOVE_BUTTOCKS, List.of("gluteus-medius", "lower-erector-spinae")),
                Arguments.of(Region.FLANK, List.of("quadratus-lumborum")),
                Arguments.of(
                        Region.ACROSS_LOWER_BACK, List.of("erector-spinae", "quadratus-lumborum")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regionMuscles")
    void likelyMusclesComeFromTheRegionWithWhy(Region region, List<String> muscles) {
        List<LikelyMuscle> likely =
                PLANNER.likelyMuscles(
                        TestIntakes.allNo().put(Question.REGIONS, Set.of(region)).build());

        assertThat(likely)
                .extracting(muscle -> muscle.muscle().id())
                .containsExactlyElementsOf(muscles);
        assertThat(likely)
                .allSatisfy(
                        muscle -> {
                            assertThat(muscle.region()).isEqualTo(region);
                            assertThat(muscle.why()).isNotBlank();
                            assertThat(muscle.sources()).isNotEmpty();
                            assertThat(muscle.muscle().where()).isNotBlank();
                        });
    }

    @Test
    void erectorSpinaeIsNamedWithItsParts() {
        List<LikelyMuscle> likely =
                PLANNER.likelyMuscles(
                        TestIntakes.allNo()
                                .put(Question.REGIONS, Set.of(Region.BESIDE_SPINE))
                                .build());

        assertThat(likely.get(0).muscle().name()).contains("iliocostalis").contains("longissimus");
    }

    @Test
    void severalRegionsGiveTheMusclesOfEach() {
        List<LikelyMuscle> likely =
                PLANNER.likelyMuscles(
                        TestIntakes.allNo()
                                .put(Question.REGIONS, Set.of(Region.FLANK, Region.BESIDE_SPINE))
                                .build());

        assertThat(likely)
                .extracting(muscle -> muscle.region().code() + ":" + muscle.muscle().id())
                .containsExactly(
                        "beside-spine:erector-spinae",
                        "beside-spine:multifidus",
                        "flank:quadratus-lumborum");
    }

    @Test
    void noRegionNoLikelyMuscles() {
        assertThat(PLANNER.likelyMuscles(Intake.empty())).isEmpty();
    }

    // --- prevention ---

    private static List<Prevention> prevention(Cause... causes) {
        return plan(TestIntakes.allNo().put(Question.CAUSES, Set.of(causes)).build()).prevention();
    }

    private static Optional<Prevention> habit(List<Prevention> prevention, String id) {
        return prevention.stream().filter(item -> item.habit().id().equals(id)).findFirst();
    }

    @Test
    void sittingGetsTheBreakHabitFirst() {
        List<Prevention> prevention = prevention(Cause.PROLONGED_SITTING);

        assertThat(prevention.get(0).habit().id()).isEqualTo("sitting-breaks");
        assertThat(prevention.get(0).because()).containsExactly(Cause.PROLONGED_SITTING);
        assertThat(prevention.get(0).habit().text())
                .contains("30 to 60 minutes")
                .containsIgnoringCase("pelvic tilt");
        assertThat(habit(prevention, "workstation")).isPresent();
        assertThat(habit(prevention, "lifting")).isEmpty();
        assertThat(habit(prevention, "breathing")).isEmpty();
    }

    @Test
    void liftingGetsTheLiftingTechnique() {
        List<Prevention> prevention = prevention(Cause.LIFTING);

        assertThat(prevention.get(0).habit().id()).isEqualTo("lifting");
        assertThat(prevention.get(0).habit().text()).containsIgnoringCase("legs");
        assertThat(habit(prevention, "sitting-breaks")).isEmpty();
    }

    @Test
    void stressGetsSlowBreathing() {
        List<Prevention> prevention = prevention(Cause.STRESS);

        assertThat(prevention.get(0).habit().id()).isEqualTo("breathing");
        assertThat(prevention.get(0).because()).containsExactly(Cause.STRESS);
        assertThat(prevention.get(0).habit().text()).containsIgnoringCase("breathing");
    }

    static Stream<Arguments> habitsByCause() {
        return Stream.of(
                Arguments.of(Cause.PROLONGED_SITTING, List.of("sitting-breaks", "workstation")),
                Arguments.of(Cause.POOR_POSTURE, List.of("sitting-breaks", "workstation")),
                Arguments.of(Cause.LIFTING, List.of("lifting")),
                Arguments.of(Cause.REPETITIVE_MOVEMENT, List.of("lifting", "warm-up")),
                Arguments.of(Cause.SPORT, List.of("warm-up")),
                Arguments.of(Cause.STRESS, List.of("breathing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("habitsByCause")
    void preventionIsTailoredToTheCauseThenTheHabitsForEveryone(
            Cause cause, List<String> tailored) {
        List<Prevention> prevention = prevention(cause);

        List<String> expected = new ArrayList<>(tailored);
        expected.addAll(List.of("stay-active", "water-sleep"));
        assertThat(prevention)
                .extracting(item -> item.habit().id())
                .containsExactlyElementsOf(expected);
        assertThat(prevention.subList(0, tailored.size()))
                .allSatisfy(item -> assertThat(item.because()).containsExactly(cause));
    }

    @Test
    void habitsForEveryoneAreAlwaysThereAfterTheTailoredOnes() {
        List<Prevention> prevention = prevention(Cause.STRESS, Cause.LIFTING);

        assertThat(prevention)
                .extracting(item -> item.habit().id())
                .containsExactly("lifting", "breathing", "stay-active", "water-sleep");
        assertThat(habit(prevention, "stay-active").orElseThrow().because()).isEmpty();
    }

    @Test
    void unknownOrNoCauseGetsEveryHabit() {
        List<String> every = KNOWLEDGE.care().habits().stream().map(habit -> habit.id()).toList();

        assertThat(prevention(Cause.UNKNOWN))
                .extracting(item -> item.habit().id())
                .containsExactlyElementsOf(every);
        assertThat(prevention())
                .extracting(item -> item.habit().id())
                .containsExactlyElementsOf(every);
    }

    // --- SEE_CLINICIAN plan limits ---

    static Stream<Arguments> noSelfMassage() {
        return Stream.of(
                Arguments.of("R11", Question.LEG_NUMBNESS, LegNumbness.ABOVE_KNEE),
                Arguments.of("R11", Question.LEG_NUMBNESS, LegNumbness.BELOW_KNEE),
                Arguments.of("R13", Question.LOCAL_NUMBNESS, true),
                Arguments.of("R14", Question.NIGHT_PAIN, true),
                Arguments.of("R15", Question.CONSTANT_REST_PAIN, true));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("noSelfMassage")
    void nerveSignsNightPainAndRestPainStopSelfMassage(
            String rule, Question question, Object answer) {
        Intake intake = withAllTools().put(question, answer).build();
        TriageResult triage = TRIAGE.triage(intake);
        CarePlan plan = plan(intake);

        assertThat(triage.disposition()).isEqualTo(Disposition.SEE_CLINICIAN);
        assertThat(triage.fired(rule)).isTrue();
        assertThat(plan.hasMassage()).isFalse();
        assertThat(plan.steps(Section.MASSAGE)).isEmpty();
        assertThat(plan.steps(Section.STRETCH))
                .extracting(PlanStep::id)
                .containsExactly("cat-cow", "pelvic-tilt");
        assertThat(plan.steps(Section.HEAT_COLD))
                .extracting(PlanStep::id)
                .containsExactly("heat-before");
        assertThat(plan.limits()).extracting(Advice::id).containsExactly("no-self-massage");
        assertThat(plan.notes()).extracting(Advice::id).doesNotContain("massage-pressure");
        assertThat(plan.prevention()).isNotEmpty();
    }

    static Stream<Arguments> noPressureOnLump() {
        return Stream.of(
                Arguments.of("R18", Question.FEEL, Set.of(Feel.HARD_LUMP)),
                Arguments.of("R18", Question.LUMP_GROWING, true),
                Arguments.of("R19", Question.FEEL, Set.of(Feel.SOFT_MOVABLE_LUMP)),
                Arguments.of("R20", Question.SWOLLEN_LYMPH_NODES, true));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("noPressureOnLump")
    void aLumpToRuleOutIsNeverPressedOn(String rule, Question question, Object answer) {
        Intake intake = withAllTools().put(question, answer).build();
        TriageResult triage = TRIAGE.triage(intake);
        CarePlan plan = plan(intake);

        assertThat(triage.disposition()).isEqualTo(Disposition.SEE_CLINICIAN);
        assertThat(triage.fired(rule)).isTrue();
        assertThat(plan.steps(Section.MASSAGE)).isEmpty();
        assertThat(plan.steps(Section.STRETCH))
                .extracting(PlanStep::id)
                .containsExactly("knee-to-chest", "cat-cow", "seated-forward-bend", "pelvic-tilt");
        assertThat(plan.steps(Section.HEAT_COLD)).isNotEmpty();
        assertThat(plan.limits()).extracting(Advice::id).containsExactly("no-pressure-on-lump");
        assertThat(plan.limits().get(0).text()).containsIgnoringCase("never press on the lump");
        assertThat(plan.prevention()).isNotEmpty();
    }

    @Test
    void bothLimitsTogetherLeaveOnlyGentleMovementAndShowBoth() {
        CarePlan plan =
                plan(
                        withAllTools()
                                .put(Question.NIGHT_PAIN, true)
                                .put(Question.FEEL, Set.of(Feel.HARD_LUMP))
                                .build());

        assertThat(plan.steps(Section.MASSAGE)).isEmpty();
        assertThat(plan.steps(Section.STRETCH))
                .extracting(PlanStep::id)
                .containsExactly("cat-cow", "pelvic-tilt");
        assertThat(plan.limits())
                .extracting(Advice::id)
                .containsExactly("no-self-massage", "no-pressure-on-lump");
    }

    static Stream<Arguments> fullPlanRules() {
        return Stream.of(
                Arguments.of("R9", Question.WEIGHT_LOSS, true),
                Arguments.of("R10", Question.CANCER_HISTORY, true),
                Arguments.of("R12", Question.SPREAD, Spread.BELOW_KNEE),
                Arguments.of("R16", Question.WORSENING_DESPITE_CARE, true),
                Arguments.of("R17", Question.ONSET_DAYS, 60),
                Arguments.of("R21", Question.AGE, 14),
                Arguments.of("R24", Question.STEROIDS_OR_IMMUNOSUPPRESSED, true));
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @MethodSource("fullPlanRules")
    void everyOtherSeeClinicianRuleKeepsTheFullPlan(String rule, Question question, Object answer) {
        Intake intake = withAllTools().put(question, answer).build();
        TriageResult triage = TRIAGE.triage(intake);
        CarePlan plan = plan(intake);

        assertThat(triage.disposition()).isEqualTo(Disposition.SEE_CLINICIAN);
        assertThat(triage.fired(rule)).isTrue();
        assertThat(plan.hasMassage()).isTrue();
        assertThat(plan.steps(Section.STRETCH)).hasSize(4);
        assertThat(plan.limits())
                .extracting(Advice::id)
                .doesNotContain("no-self-massage", "no-pressure-on-lump");
    }

    @Test
    void noPlanForEmergencyUrgentOrIncomplete() {
        assertThat(maybePlan(withAllTools().put(Question.SADDLE_NUMBNESS, true).build())).isEmpty();
        assertThat(
                        maybePlan(
                                withAllTools()
                                        .put(Question.LEG_WEAKNESS, LegWeakness.ONE_LEG)
                                        .build()))
                .isEmpty();
        assertThat(maybePlan(withAllTools().clear(Question.CHEST_PAIN).build())).isEmpty();
        assertThat(maybePlan(Intake.empty())).isEmpty();
    }

    // --- every step carries its dose and sources ---

    static Stream<Intake> variedIntakes() {
        return Stream.of(
                withAllTools().build(),
                withAllTools().put(Question.ONSET_DAYS, 0).put(Question.PAIN_NOW, 9).build(),
                withAllTools().put(Question.NIGHT_PAIN, true).build(),
                withAllTools().put(Question.FEEL, Set.of(Feel.SOFT_MOVABLE_LUMP)).build(),
                TestIntakes.allNo()
                        .put(Question.REGIONS, EnumSet.allOf(Region.class))
                        .put(Question.CAUSES, EnumSet.allOf(Cause.class))
                        .build());
    }

    @ParameterizedTest
    @MethodSource("variedIntakes")
    void everyStepCarriesItsDoseAndSources(Intake intake) {
        CarePlan plan = plan(intake);

        assertThat(plan.steps())
                .isNotEmpty()
                .allSatisfy(
                        step -> {
                            assertThat(step.dose()).as(step.id()).isNotNull();
                            assertThat(step.dose().describe()).isNotBlank();
                            assertThat(step.name()).isNotBlank();
                            assertThat(step.instructions()).isNotEmpty();
                            assertCitesKnownSources(step);
                        });
        List<Cited> everythingElse = new ArrayList<>();
        everythingElse.addAll(plan.limits());
        everythingElse.addAll(plan.notes());
        everythingElse.addAll(plan.afterCare());
        everythingElse.addAll(plan.stopSigns());
        plan.prevention().forEach(item -> everythingElse.add(item.habit()));
        assertThat(everythingElse).allSatisfy(PlannerTest::assertCitesKnownSources);
    }

    private static void assertCitesKnownSources(Cited cited) {
        assertThat(cited.sources())
                .as(String.valueOf(cited))
                .isNotEmpty()
                .allSatisfy(source -> assertThat(KNOWLEDGE.source(source)).as(source).isPresent());
    }

    @ParameterizedTest
    @EnumSource(Region.class)
    void theSamePlanForTheSameAnswers(Region region) {
        Intake intake = withAllTools().put(Question.REGIONS, Set.of(region)).build();

        assertThat(plan(intake)).isEqualTo(plan(intake));
    }

    @Test
    void everyStepOfThePlanShowsItsPicture() {
        CarePlan plan = plan(withAllTools().build());

        assertThat(plan.steps(Section.MASSAGE)).isNotEmpty();
        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.picture()).isPresent());
        assertThat(requiredStep(plan, "cat-cow").picture())
                .hasValueSatisfying(picture -> assertThat(picture.file()).isEqualTo("cat-cow.svg"));
        assertThat(requiredStep(plan, "heat-before").picture())
                .hasValueSatisfying(
                        picture -> assertThat(picture.file()).isEqualTo("heat-pad.svg"));
    }

    @Test
    void thePlanCarriesWhatTrustedAdviceAlsoSaysForSelfCareAndSeeingAClinician() {
        CarePlan selfCare = plan(withAllTools().build());
        Intake severe = withAllTools().put(Question.PAIN_NOW, 9).build();

        assertThat(TRIAGE.triage(severe).disposition()).isEqualTo(Disposition.SEE_CLINICIAN);
        assertThat(selfCare.generalAdvice()).isEqualTo(KNOWLEDGE.generalAdvice());
        assertThat(plan(severe).generalAdvice()).isEqualTo(KNOWLEDGE.generalAdvice());
    }
}
