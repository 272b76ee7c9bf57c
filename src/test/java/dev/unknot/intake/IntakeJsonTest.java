package dev.unknot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON form of intake.md is read strictly: every kind of invalid input names the field and what
 * is allowed.
 */
class IntakeJsonTest {

    static final IntakeJson JSON = new IntakeJson();

    static final String EXAMPLE = TestIntakes.EXAMPLE_JSON;

    private static InvalidInputException invalid(String json) {
        InvalidInputException problem =
                catchThrowableOfType(InvalidInputException.class, () -> JSON.read(json));
        assertThat(problem).as("an error for %s", json).isNotNull();
        return problem;
    }

    private static void assertInvalid(String json, String field, String... says) {
        InvalidInputException problem = invalid(json);
        assertThat(problem).isInstanceOf(InvalidIntakeException.class);
        assertThat(problem.path()).isEqualTo(field);
        if (!field.isEmpty()) {
            assertThat(problem.getMessage()).startsWith(field + ": ");
        }
        assertThat(problem.getMessage()).contains(says);
    }

    // --- valid input ---

    @Test
    void theExampleOfIntakeMdReadsEveryField() {
        Intake intake = JSON.read(EXAMPLE);

        assertThat(intake.age().value()).contains(38);
        assertThat(intake.onsetDays().value()).contains(3);
        assertThat(intake.painNow().value()).contains(5);
        assertThat(intake.regions()).containsExactly(Region.ABOVE_HIP);
        assertThat(intake.side().value()).contains(Side.RIGHT);
        assertThat(intake.feel()).containsExactly(Feel.TENDER_NODULE);
        assertThat(intake.answer(Question.LUMP_GROWING).value()).contains(false);
        assertThat(intake.answer(Question.SPREAD).value()).contains(Spread.BUTTOCK);
        assertThat(intake.causes()).containsExactly(Cause.LIFTING);
        assertThat(intake.tools())
                .containsExactlyInAnyOrder(Tool.HANDS, Tool.TENNIS_BALL, Tool.HEATING_PAD);
        assertThat(intake.answer(Question.LEG_WEAKNESS).value()).contains(LegWeakness.NONE);
        assertThat(intake.answer(Question.LEG_NUMBNESS).value()).contains(LegNumbness.NONE);
        assertThat(intake.unansweredSafetyQuestions()).isEmpty();
        assertThat(intake.answers()).hasSize(Question.values().length);
    }

    @Test
    void theExampleIsTheOrdinaryKnotOfTheTests() {
        Intake expected =
                TestIntakes.allNo()
                        .put(Question.TOOLS, Set.of(Tool.TENNIS_BALL, Tool.HEATING_PAD))
                        .build();

        assertThat(JSON.read(EXAMPLE)).isEqualTo(expected);
    }

    @Test
    void writingAndReadingGivesTheSameIntake() {
        Intake intake =
                JSON.read(EXAMPLE).toBuilder()
                        .put(Question.LEG_WEAKNESS, LegWeakness.PROGRESSIVE)
                        .put(Question.FEEL, Set.of(Feel.HARD_LUMP, Feel.TIGHT_BAND))
                        .clear(Question.FEVER)
                        .build();

        assertThat(JSON.read(new IntakeJsonWriter().write(intake))).isEqualTo(intake);
    }

    @Test
    void omittedFlagsStayUnansweredNeverFalse() {
        Intake intake = JSON.read("{\"painNow\": 4, \"flags\": {\"fever\": false}}");

        assertThat(intake.answer(Question.FEVER).value()).contains(false);
        assertThat(intake.isAnswered(Question.BLADDER_BOWEL_CHANGE)).isFalse();
        assertThat(intake.answer(Question.CHEST_PAIN)).isInstanceOf(Answer.Unanswered.class);
        assertThat(intake.answer(Question.CHEST_PAIN).value()).isEmpty();
        assertThat(intake.unansweredSafetyQuestions())
                .hasSize(Question.safetyQuestions().size() - 1)
                .doesNotContain(Question.FEVER);
    }

    @Test
    void omittedFlagsObjectLeavesEverySafetyQuestionUnanswered() {
        Intake intake = JSON.read("{\"age\": 40}");

        assertThat(intake.unansweredSafetyQuestions())
                .containsExactlyElementsOf(Question.safetyQuestions());
    }

    @Test
    void nullIsUnanswered() {
        Intake intake =
                JSON.read(
                        "{\"age\": null, \"regions\": null, \"flags\": {\"fever\": null, \"legWeakness\": null}}");

        assertThat(intake).isEqualTo(Intake.empty());
        assertThat(JSON.read("{\"flags\": null}")).isEqualTo(Intake.empty());
    }

    @Test
    void emptyObjectIsAnEmptyIntake() {
        assertThat(JSON.read("{}")).isEqualTo(Intake.empty());
        assertThat(JSON.read("{\"flags\": {}}")).isEqualTo(Intake.empty());
    }

    @Test
    void emptyOptionalListsAreAnsweredAndHandsAreAlwaysATool() {
        Intake intake = JSON.read("{\"feel\": [], \"causes\": [], \"tools\": []}");

        assertThat(intake.isAnswered(Question.FEEL)).isTrue();
        assertThat(intake.feel()).isEmpty();
        assertThat(intake.tools()).containsExactly(Tool.HANDS);
    }

    @Test
    void rangeBoundsAreAllowed() {
        Intake low = JSON.read("{\"age\": 1, \"onsetDays\": 0, \"painNow\": 0}");
        Intake high = JSON.read("{\"age\": 120, \"onsetDays\": 36500, \"painNow\": 10}");

        assertThat(low.age().value()).contains(1);
        assertThat(high.onsetDays().value()).contains(36500);
        assertThat(high.painNow().value()).contains(10);
    }

    // --- unknown fields ---

    @Test
    void unknownFieldIsAnErrorListingTheAllowedFields() {
        assertInvalid(
                "{\"colour\": \"red\"}",
                "colour",
                "unknown field",
                "age",
                "onsetDays",
                "painNow",
                "regions",
                "tools",
                "flags");
    }

    @Test
    void unknownFlagIsAnErrorListingTheSafetyQuestions() {
        assertInvalid(
                "{\"flags\": {\"feverish\": true}}",
                "flags.feverish",
                "unknown field",
                "bladderBowelChange",
                "fever",
                "steroidsOrImmunosuppressed");
    }

    @Test
    void safetyQuestionOutsideFlagsIsUnknown() {
        assertInvalid("{\"fever\": true}", "fever", "unknown field", "flags");
    }

    @Test
    void knotQuestionInsideFlagsIsUnknown() {
        assertInvalid("{\"flags\": {\"painNow\": 3}}", "flags.painNow", "unknown field");
    }

    @Test
    void fieldNamesAreCaseSensitive() {
        assertInvalid("{\"PainNow\": 3}", "PainNow", "unknown field");
    }

    // --- bad enum values ---

    @Test
    void unknownCodeIsAnErrorListingTheAllowedCodes() {
        assertInvalid(
                "{\"side\": \"up\"}", "side", "'up' is not allowed", "left, right, both, center");
    }

    @Test
    void unknownFlagCodeIsAnErrorListingTheAllowedCodes() {
        assertInvalid(
                "{\"flags\": {\"legWeakness\": \"a-bit\"}}",
                "flags.legWeakness",
                "'a-bit'",
                "none, one-leg, both-legs, progressive");
        assertInvalid(
                "{\"flags\": {\"legNumbness\": \"yes\"}}",
                "flags.legNumbness",
                "none, above-knee, below-knee, both-legs");
    }

    @Test
    void unknownListMemberIsAnErrorListingTheAllowedCodes() {
        assertInvalid(
                "{\"regions\": [\"above-hip\", \"neck\"]}",
                "regions",
                "'neck'",
                "beside-spine, above-hip, above-buttocks, flank, across-lower-back");
        assertInvalid(
                "{\"tools\": [\"massage-gun\"]}",
                "tools",
                "'massage-gun'",
                "hands",
                "lacrosse-ball");
    }

    @Test
    void codesAreCaseSensitive() {
        assertInvalid(
                "{\"spread\": \"Below-Knee\"}",
                "spread",
                "none, buttock, thigh, below-knee, groin");
    }

    // --- out-of-range numbers ---

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "age, 0, 1 to 120",
        "age, 121, 1 to 120",
        "onsetDays, -1, 0 to 36500",
        "onsetDays, 36501, 0 to 36500",
        "painNow, -1, 0 to 10",
        "painNow, 11, 0 to 10",
        "painNow, 4294967296, 0 to 10",
        "age, 99999999999999999999999, 1 to 120"
    })
    void outOfRangeNumberIsAnErrorNamingTheRange(String field, String number, String range) {
        assertInvalid(
                "{\"" + field + "\": " + number + "}", field, "whole number from " + range, number);
    }

    // --- wrong types ---

    @Test
    void numberGivenAsTextIsAnError() {
        assertInvalid(
                "{\"painNow\": \"5\"}", "painNow", "a whole number from 0 to 10", "was \"5\"");
    }

    @Test
    void fractionIsNotAWholeNumber() {
        assertInvalid("{\"painNow\": 5.5}", "painNow", "a whole number from 0 to 10", "5.5");
    }

    @Test
    void flagGivenAsTextIsAnError() {
        assertInvalid(
                "{\"flags\": {\"fever\": \"yes\"}}", "flags.fever", "true or false", "\"yes\"");
        assertInvalid("{\"flags\": {\"fever\": 1}}", "flags.fever", "true or false");
    }

    @Test
    void listGivenAsSingleCodeIsAnError() {
        assertInvalid("{\"regions\": \"above-hip\"}", "regions", "a list of", "was \"above-hip\"");
    }

    @Test
    void codeGivenAsListIsAnError() {
        assertInvalid("{\"side\": [\"left\"]}", "side", "one of left", "was a list");
    }

    @Test
    void objectWhereAValueBelongsIsAnError() {
        assertInvalid("{\"age\": {\"years\": 30}}", "age", "whole number", "was an object");
    }

    @Test
    void listMemberOfTheWrongTypeIsAnError() {
        assertInvalid("{\"causes\": [\"stress\", 3]}", "causes", "a list of");
    }

    @Test
    void flagsThatAreNotAnObjectAreAnError() {
        assertInvalid("{\"flags\": [\"fever\"]}", "flags", "must be a JSON object");
        assertInvalid("{\"flags\": true}", "flags", "must be a JSON object");
    }

    // --- duplicates, empty lists ---

    @Test
    void duplicateFieldIsAnErrorNamingIt() {
        assertInvalid("{\"age\": 30, \"age\": 31}", "age", "Duplicate field", "only once");
        assertInvalid("{\"age\": 30, \"age\": null}", "age", "Duplicate field", "only once");
        assertInvalid(
                "{\"flags\": {\"fever\": false, \"fever\": true}}",
                "flags.fever",
                "Duplicate field",
                "only once");
        assertInvalid(
                "{\"flags\": {}, \"flags\": {\"fever\": true}}",
                "flags",
                "Duplicate field",
                "only once");
    }

    @Test
    void emptyRegionsIsAnError() {
        assertInvalid("{\"regions\": []}", "regions", "at least 1", "was empty");
    }

    // --- not an object, trailing garbage, broken JSON ---

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"age\": 30}]", "42", "\"age\"", "true", "null"})
    void inputThatIsNotAnObjectIsAnError(String json) {
        assertInvalid(json, "", "must be a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void emptyInputIsAnError(String json) {
        assertInvalid(json, "", "empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{} {}", "{\"age\": 30} []", "{\"age\": 30} 7", "{} x", "{}}"})
    void trailingContentIsAnError(String json) {
        InvalidInputException problem = invalid(json);

        assertThat(problem.path()).isEmpty();
        assertThat(problem.getMessage())
                .containsAnyOf("unexpected content after the JSON object", "not valid JSON");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"{\"age\": ", "{\"age\" 30}", "{age: 30}", "{\"age\": 30,}", "{'age': 30}"})
    void brokenJsonIsAnErrorSayingWhere(String json) {
        assertInvalid(json, "", "not valid JSON", "line 1");
    }
}
