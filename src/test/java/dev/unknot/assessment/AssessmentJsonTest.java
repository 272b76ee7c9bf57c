package dev.unknot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.intake.Feel;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.intake.Region;
import dev.unknot.intake.TestIntakes;
import dev.unknot.intake.TextReading;
import dev.unknot.intake.Tool;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The machine form of an assessment (intake.md, "Output"). */
class AssessmentJsonTest {

    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    static final Assessor ASSESSOR = new Assessor(KNOWLEDGE);
    static final AssessmentJson WRITER =
            new AssessmentJson(
                    KNOWLEDGE, new Interview(KNOWLEDGE, new Assessor(KNOWLEDGE).triage()));
    static final ObjectMapper MAPPER = new ObjectMapper();

    static final Interview INTERVIEW = new Interview(KNOWLEDGE, ASSESSOR.triage());

    private static JsonNode document(Intake intake) {
        return document(intake, Optional.empty());
    }

    private static JsonNode document(Intake intake, Optional<Understood> understood) {
        try {
            return MAPPER.readTree(WRITER.write(ASSESSOR.assess(intake), understood));
        } catch (JsonProcessingException e) {
            throw new AssertionError("the output is not JSON", e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static void assertSources(JsonNode node) {
        assertThat(node.path("sources").isArray()).as("sources of %s", node).isTrue();
        assertThat(node.path("sources")).as("sources of %s", node).isNotEmpty();
    }

    @Test
    void selfCareDocumentHoldsEveryOutputField() {
        JsonNode json =
                document(TestIntakes.allNo().put(Question.TOOLS, Set.of(Tool.TENNIS_BALL)).build());

        assertThat(fieldNames(json))
                .containsExactly(
                        "disposition",
                        "headline",
                        "action",
                        "disclaimer",
                        "reasons",
                        "unanswered",
                        "ask",
                        "muscles",
                        "plan",
                        "sources");
        assertThat(json.path("disposition").asText()).isEqualTo("SELF_CARE");
        assertThat(json.path("headline").asText())
                .isEqualTo(KNOWLEDGE.text(Disposition.SELF_CARE).headline());
        assertThat(json.path("disclaimer").asText()).containsIgnoringCase("not a diagnosis");
        assertThat(json.path("reasons").isArray()).isTrue();
        assertThat(json.path("reasons")).isEmpty();
        assertThat(json.path("unanswered").isArray()).isTrue();
        assertThat(json.path("unanswered")).isEmpty();
    }

    @Test
    void musclesComeWithWhy() {
        JsonNode muscles =
                document(
                                TestIntakes.allNo()
                                        .put(Question.REGIONS, Set.of(Region.ABOVE_HIP))
                                        .build())
                        .path("muscles");

        assertThat(muscles).hasSize(2);
        assertThat(muscles.get(0).path("id").asText()).isEqualTo("quadratus-lumborum");
        assertThat(muscles.get(1).path("id").asText()).isEqualTo("gluteus-medius");
        assertThat(muscles)
                .allSatisfy(
                        muscle -> {
                            assertThat(fieldNames(muscle))
                                    .containsExactly(
                                            "id", "name", "region", "where", "why", "sources");
                            assertThat(muscle.path("region").asText()).isEqualTo("above-hip");
                            assertThat(muscle.path("why").asText()).isNotBlank();
                            assertSources(muscle);
                        });
    }

    @Test
    void planStepsCarryTheirDoseAndSources() {
        JsonNode plan =
                document(TestIntakes.allNo().put(Question.TOOLS, Set.of(Tool.TENNIS_BALL)).build())
                        .path("plan");

        assertThat(plan.path("phase").asText()).isEqualTo("after-acute");
        assertThat(fieldNames(plan))
                .containsExactly(
                        "phase",
                        "limits",
                        "steps",
                        "notes",
                        "afterCare",
                        "stopSigns",
                        "prevention");
        assertThat(plan.path("steps"))
                .isNotEmpty()
                .allSatisfy(
                        step -> {
                            assertThat(step.path("section").asText())
                                    .isIn("heat-cold", "massage", "stretch", "cool-down");
                            assertThat(step.path("id").asText()).isNotBlank();
                            assertThat(step.path("instructions")).isNotEmpty();
                            JsonNode dose = step.path("dose");
                            assertThat(fieldNames(dose))
                                    .containsExactly(
                                            "kind", "min", "max", "unit", "perSide", "text");
                            assertThat(dose.path("min").asInt())
                                    .isPositive()
                                    .isLessThanOrEqualTo(dose.path("max").asInt());
                            assertSources(step);
                        });
        JsonNode hand = stepNamed(plan, "hand-compression");
        assertThat(hand.path("dose").path("kind").asText()).isEqualTo("hold");
        assertThat(hand.path("dose").path("min").asInt()).isEqualTo(30);
        assertThat(hand.path("dose").path("max").asInt()).isEqualTo(90);
        assertThat(hand.path("dose").path("unit").asText()).isEqualTo("seconds");
        assertThat(hand.path("dose").path("text").asText()).isEqualTo("hold 30-90 seconds");
        assertThat(stepNamed(plan, "knee-to-chest").path("dose").path("text").asText())
                .isEqualTo("hold 15-30 seconds, each side");
        for (String part : List.of("notes", "afterCare", "stopSigns", "prevention")) {
            assertThat(plan.path(part))
                    .as(part)
                    .isNotEmpty()
                    .allSatisfy(
                            item -> {
                                assertThat(item.path("text").asText()).isNotBlank();
                                assertSources(item);
                            });
        }
        assertThat(plan.path("prevention").get(0).path("id").asText()).isEqualTo("lifting");
        assertThat(texts(plan.path("prevention").get(0).path("because")))
                .containsExactly("lifting");
    }

    private static JsonNode stepNamed(JsonNode plan, String id) {
        for (JsonNode step : plan.path("steps")) {
            if (step.path("id").asText().equals(id)) {
                return step;
            }
        }
        throw new AssertionError("no step " + id);
    }

    @Test
    void reasonsNameRuleAnswerAdviceAndSourcesMostSeriousFirst() {
        JsonNode json =
                document(
                        TestIntakes.allNo()
                                .put(Question.NIGHT_PAIN, true)
                                .put(Question.FEVER, true)
                                .build());

        assertThat(json.path("disposition").asText()).isEqualTo("URGENT");
        JsonNode reasons = json.path("reasons");
        assertThat(reasons).hasSize(2);
        assertThat(reasons.get(0).path("rule").asText()).isEqualTo("R7");
        assertThat(reasons.get(1).path("rule").asText()).isEqualTo("R14");
        JsonNode fever = reasons.get(0);
        assertThat(fieldNames(fever)).contains("rule", "answer", "advice", "sources");
        assertThat(fever.path("disposition").asText()).isEqualTo("URGENT");
        assertThat(fever.path("answer").asText()).isEqualTo("flags.fever = true");
        assertThat(fever.path("advice").asText())
                .isEqualTo(KNOWLEDGE.rule("R7").orElseThrow().advice());
        assertThat(texts(fever.path("sources")))
                .containsExactly("nhs-back-pain", "verhagen-2016", "000", "004");
        assertThat(reasons.get(1).path("answer").asText()).isEqualTo("flags.nightPain = true");
    }

    @Test
    void ruleWithTwoAnswersShowsBoth() {
        JsonNode reasons =
                document(
                                TestIntakes.allNo()
                                        .put(Question.WEIGHT_LOSS, true)
                                        .put(Question.CANCER_HISTORY, true)
                                        .build())
                        .path("reasons");

        assertThat(reasons.get(0).path("rule").asText()).isEqualTo("R8");
        assertThat(reasons.get(0).path("answer").asText())
                .isEqualTo("flags.weightLoss = true and flags.cancerHistory = true");
    }

    @Test
    void noPlanForAnEmergency() {
        JsonNode json = document(TestIntakes.allNo().put(Question.CHEST_PAIN, true).build());

        assertThat(json.path("disposition").asText()).isEqualTo("EMERGENCY");
        assertThat(json.has("plan")).isFalse();
        assertThat(json.path("reasons").get(0).path("rule").asText()).isEqualTo("R23");
        assertThat(json.path("muscles")).isNotEmpty();
    }

    @Test
    void incompleteListsTheOpenFlagsByFieldNameAndHasNoPlan() {
        JsonNode json =
                document(
                        TestIntakes.allNo()
                                .clear(Question.FEVER)
                                .clear(Question.SADDLE_NUMBNESS)
                                .build());

        assertThat(json.path("disposition").asText()).isEqualTo("INCOMPLETE");
        assertThat(texts(json.path("unanswered"))).containsExactly("saddleNumbness", "fever");
        assertThat(json.has("plan")).isFalse();
    }

    @Test
    void emergencyWithOpenQuestionsStillListsThem() {
        JsonNode json = document(Intake.builder().put(Question.BLADDER_BOWEL_CHANGE, true).build());

        assertThat(json.path("disposition").asText()).isEqualTo("EMERGENCY");
        assertThat(texts(json.path("unanswered")))
                .contains("fever", "chestPain")
                .doesNotContain("bladderBowelChange");
        assertThat(json.has("plan")).isFalse();
    }

    @Test
    void seeClinicianPlanShowsItsLimitFirstAndNoMassage() {
        JsonNode json =
                document(TestIntakes.allNo().put(Question.FEEL, Set.of(Feel.HARD_LUMP)).build());

        assertThat(json.path("disposition").asText()).isEqualTo("SEE_CLINICIAN");
        JsonNode plan = json.path("plan");
        assertThat(plan.path("limits").get(0).path("id").asText()).isEqualTo("no-pressure-on-lump");
        assertThat(plan.path("steps").findValuesAsText("section")).doesNotContain("massage");
        assertThat(json.path("reasons").get(0).path("answer").asText())
                .isEqualTo("feel includes hard-lump");
    }

    @Test
    void everyCitedSourceIsListedOnceWithItsTitle() {
        JsonNode json =
                document(TestIntakes.allNo().put(Question.WORSENING_DESPITE_CARE, true).build());

        Set<String> cited = new TreeSet<>();
        json.findValues("sources")
                .forEach(
                        array ->
                                array.forEach(
                                        id -> {
                                            if (id.isTextual()) {
                                                cited.add(id.asText());
                                            }
                                        }));
        List<String> listed = new ArrayList<>();
        json.path("sources")
                .forEach(
                        source -> {
                            listed.add(source.path("id").asText());
                            assertThat(source.path("title").asText()).isNotBlank();
                            assertThat(source.has("file")).isTrue();
                        });
        assertThat(listed).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(listed)).isEqualTo(cited);
    }

    @Test
    void whatWasUnderstoodFromFreeTextCarriesTheAnswersTheirWordsAndWhatStayedOpen() {
        Map<Question, String> evidence = new LinkedHashMap<>();
        evidence.put(Question.FEVER, "no fever");
        evidence.put(Question.PAIN_NOW, "pain is about 5");
        Intake read = Intake.builder().put(Question.FEVER, false).put(Question.PAIN_NOW, 5).build();
        Understood understood =
                INTERVIEW.understood(
                        new TextReading(
                                read,
                                evidence,
                                Map.of(Question.WEIGHT_LOSS, "not sure about weight loss")));

        JsonNode json = document(read, Optional.of(understood));

        assertThat(fieldNames(json)).containsSubsequence("ask", "understood", "muscles");
        assertThat(fieldNames(json)).doesNotContain("evidence", "unsure");
        JsonNode words = json.path("understood");
        assertThat(fieldNames(words))
                .containsExactly("intake", "answers", "open", "emergencyFrom", "notMeant");
        assertThat(words.path("intake").toString())
                .isEqualTo("{\"painNow\":5,\"flags\":{\"fever\":false}}");
        JsonNode fever = words.path("answers").get(0);
        assertThat(fever.path("field").asText()).isEqualTo("flags.fever");
        assertThat(fever.path("value").isBoolean()).isTrue();
        assertThat(fever.path("value").asBoolean()).isFalse();
        assertThat(fever.path("said").asText()).isEqualTo("no fever or chills");
        assertThat(fever.path("words").asText()).isEqualTo("no fever");
        JsonNode pain = words.path("answers").get(1);
        assertThat(pain.path("value").asInt()).isEqualTo(5);
        assertThat(pain.path("said").asText()).isEqualTo("pain 5 out of 10");
        assertThat(words.path("open").get(0).path("field").asText()).isEqualTo("flags.weightLoss");
        assertThat(words.path("open").get(0).path("words").asText())
                .isEqualTo("not sure about weight loss");
        assertThat(words.path("open").get(0).path("prompt").asText()).contains("lost weight");
        assertThat(words.path("emergencyFrom").size()).isZero();
        assertThat(words.path("notMeant").size()).isZero();
    }

    @Test
    void answersNotMeantAreListedAndOpenAndTheEmergencyTheyMadeIsNamed() {
        TextReading read =
                new TextReading(
                        Intake.builder().put(Question.BLADDER_BOWEL_CHANGE, true).build(),
                        Map.of(Question.BLADDER_BOWEL_CHANGE, "I wet myself"),
                        Map.of());

        JsonNode emergency =
                document(read.intake(), Optional.of(INTERVIEW.understood(read))).path("understood");
        Understood takenBack = INTERVIEW.understood(read, Set.of(Question.BLADDER_BOWEL_CHANGE));
        JsonNode corrected = document(takenBack.reading().intake(), Optional.of(takenBack));

        assertThat(emergency.path("emergencyFrom").toString())
                .isEqualTo("[\"flags.bladderBowelChange\"]");
        assertThat(corrected.path("disposition").asText()).isEqualTo("INCOMPLETE");
        assertThat(corrected.path("ask").get(0).asText()).isEqualTo("flags.bladderBowelChange");
        assertThat(corrected.at("/understood/notMeant").toString())
                .isEqualTo("[\"flags.bladderBowelChange\"]");
        assertThat(corrected.at("/understood/intake").toString()).isEqualTo("{}");
        assertThat(corrected.at("/understood/open/0/words").asText()).isEqualTo("I wet myself");
    }

    @Test
    void theOutputIsDeterministic() {
        Assessment assessment =
                ASSESSOR.assess(TestIntakes.allNo().put(Question.NIGHT_PAIN, true).build());

        assertThat(WRITER.write(assessment)).isEqualTo(WRITER.write(assessment));
    }
}
