package dev.unknot.intake.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.intake.Coded;
import dev.unknot.intake.Intake;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Question;
import dev.unknot.intake.TextReading;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The free-text reader on sentences people write. Each case lists what the sentence must settle
 * ({@code field=value}) and what it must leave unanswered ({@code field=?}).
 */
class FreeTextTest {
    private static final FreeText READER = new FreeText();

    static Stream<Arguments> sentences() {
        return Stream.of(
                // the example of intake.md
                c(
                        "tight knot above my left hip for three days since I moved house, no tingling, bladder fine",
                        "regions=above-hip",
                        "side=left",
                        "onsetDays=3",
                        "causes=lifting",
                        "feel=tender-nodule,tight-band",
                        "legNumbness=none",
                        "localNumbness=false",
                        "bladderBowelChange=false",
                        "fever=?",
                        "saddleNumbness=?"),
                // negation and its scope
                c(
                        "no numbness or tingling",
                        "legNumbness=none",
                        "localNumbness=false",
                        "saddleNumbness=?"),
                c("denies fever", "fever=false"),
                c("Bladder is fine.", "bladderBowelChange=false"),
                c("never had cancer", "cancerHistory=false"),
                c("no fever but I do have chills", "fever=true"),
                c("not sure about numbness", "legNumbness=?", "localNumbness=?"),
                c("no fever, chills or weight loss", "fever=false", "weightLoss=false"),
                c("no tingling, bladder leaking", "legNumbness=none", "bladderBowelChange=true"),
                c("no fever and my leg is numb", "fever=false", "legNumbness=?"),
                c("I have not had any numbness in my legs", "legNumbness=none"),
                c("bladder and bowels are normal", "bladderBowelChange=false"),
                c("no problems with my bladder or bowels", "bladderBowelChange=false"),
                c(
                        "I have a fever and no problems with my bladder",
                        "fever=true",
                        "bladderBowelChange=false"),
                c("my leg is numb and my back feels fine", "legNumbness=?"),
                c(
                        "My bladder is fine, numbness in my left foot",
                        "bladderBowelChange=false",
                        "legNumbness=below-knee",
                        "side=?"),
                c("not much pain, numbness down my leg", "legNumbness=?"),
                // the time belongs to the symptom next to it, not to the knot
                c("I can't pee properly since yesterday", "bladderBowelChange=true", "onsetDays=?"),
                c(
                        "lost control of my bladder this morning",
                        "bladderBowelChange=true",
                        "onsetDays=?"),
                c("I'm not passing urine", "bladderBowelChange=true"),
                c("I might have a fever", "fever=?"),
                c("maybe some weight loss, not sure", "weightLoss=?"),
                c("I don't know if I have lost weight", "weightLoss=?"),
                c("no fever, not sure about chills", "fever=?"),
                c(
                        "fever: no, bladder: no, numbness: none",
                        "fever=false",
                        "bladderBowelChange=false",
                        "legNumbness=none"),
                c("bowels fine but bladder leaking", "bladderBowelChange=true"),
                c(
                        "I do not have a fever; my legs are weak",
                        "fever=false",
                        "legWeakness=both-legs"),
                c("no back trouble before, but sudden numbness in my groin", "saddleNumbness=true"),
                c("never fallen, no trauma", "majorTrauma=false"),
                c("I'm worried it might be cancer", "cancerHistory=?", "causes=?"),
                c("nothing wrong with my bladder or bowels", "bladderBowelChange=false"),
                c(
                        "no loss of bladder control, I haven't noticed any numbness in my legs",
                        "bladderBowelChange=false",
                        "legNumbness=none"),
                c("I'm fine apart from numb toes on my right foot", "legNumbness=below-knee"),
                // someone else's history
                c("my mother had breast cancer", "cancerHistory=?"),
                c("my dad had cancer but I never have", "cancerHistory=?"),
                c(
                        "I had bowel cancer five years ago",
                        "cancerHistory=true",
                        "bladderBowelChange=?"),
                c("family history of cancer but I have never had cancer", "cancerHistory=false"),
                // the emergency and urgent flags
                c("numbness between my legs and I can't feel when I wipe", "saddleNumbness=true"),
                c("my groin feels numb", "saddleNumbness=true"),
                c("both legs are weak and getting weaker", "legWeakness=progressive"),
                c("my foot drags when I walk", "legWeakness=one-leg"),
                c("my right leg feels weak", "legWeakness=one-leg", "side=?"),
                c("weakness in both legs", "legWeakness=both-legs"),
                c("no weakness", "legWeakness=none"),
                c("pins and needles in both feet", "legNumbness=both-legs"),
                c("tingling down to my toes on the left", "legNumbness=below-knee"),
                c("numbness around the knot", "localNumbness=true"),
                c("the skin over the knot is numb", "localNumbness=true"),
                c("it started after I fell down the stairs", "majorTrauma=true"),
                c("didn't fall or have an accident", "majorTrauma=false"),
                c("car accident two weeks ago", "majorTrauma=true", "onsetDays=?"),
                c("running a temperature and shivering", "fever=true", "causes=?"),
                c("I've lost 6 kg without trying", "weightLoss=true"),
                c("the pain wakes me up every night", "nightPain=true"),
                c("it doesn't wake me at night", "nightPain=false"),
                c("I sleep fine", "nightPain=false"),
                c("I can't sleep because of it", "nightPain=true"),
                c("the pain is constant even when I rest", "constantRestPain=true"),
                // "comes and goes" may be the pain or something else: asked
                c("it comes and goes", "constantRestPain=?"),
                c("it's not constant", "constantRestPain=false"),
                c(
                        "getting worse even though I've been stretching and using heat",
                        "worseningDespiteCare=true"),
                c("the heat helps a lot", "worseningDespiteCare=?"),
                c("heat isn't helping", "worseningDespiteCare=?"),
                c("swollen glands in my groin", "swollenLymphNodes=true", "saddleNumbness=?"),
                c("no chest pain", "chestPain=false"),
                c("I have chest pain with it", "chestPain=true"),
                c("I take prednisolone for asthma", "steroidsOrImmunosuppressed=true"),
                c("not on steroids", "steroidsOrImmunosuppressed=false"),
                c("I can't fall asleep easily", "nightPain=?", "majorTrauma=?"),
                // durations
                c("since yesterday", "onsetDays=1"),
                c("for three weeks", "onsetDays=21"),
                c("2 months", "onsetDays=60"),
                c("a couple of days ago", "onsetDays=2"),
                c("48 hours ago", "onsetDays=2"),
                c("I stretch 3 times a day for a week now", "onsetDays=7"),
                c("I'm 38 years old and it started today", "age=38", "onsetDays=0"),
                c("38yo, pain 6/10", "age=38", "painNow=6"),
                c("pain is about 7 out of 10", "painNow=7"),
                c("the pain is 4", "painNow=4"),
                // places and sides in everyday words
                c("just above my right buttock", "regions=above-buttocks", "side=right"),
                c("a knot by my spine", "regions=beside-spine", "feel=tender-nodule"),
                c(
                        "a band of tightness across my lower back",
                        "regions=across-lower-back",
                        "feel=tight-band"),
                c("on my left side near my love handle", "regions=flank", "side=left"),
                c("knots on both sides of my spine", "regions=beside-spine", "side=both"),
                c("right in the middle of my back", "side=center"),
                c("right above my hip", "regions=above-hip", "side=?"),
                c(
                        "pain shoots down into my buttock and the back of my thigh",
                        "spread=thigh",
                        "regions=?"),
                c("it spreads below my knee", "spread=below-knee"),
                c("it doesn't spread anywhere", "spread=none"),
                c("it stays put", "spread=none"),
                // the knot, causes and tools
                c("a hard lump that is getting bigger", "feel=hard-lump", "lumpGrowing=true"),
                c(
                        "soft lump that moves under the skin, not growing",
                        "feel=soft-movable-lump",
                        "lumpGrowing=false"),
                c(
                        "after sitting at my desk all day with bad posture",
                        "causes=prolonged-sitting,poor-posture"),
                c("from deadlifts at the gym", "causes=lifting,sport"),
                c("work stress and deadlines", "causes=stress"),
                c("it came out of nowhere", "causes=unknown"),
                c("I have a tennis ball and a foam roller", "tools=tennis-ball,foam-roller"),
                c("I don't have a foam roller but I have a hot water bottle", "tools=heating-pad"),
                // losing a function, said with a negation, is the red flag itself (review of
                // 2026-11-23)
                c("I haven't been able to pee since yesterday.", "bladderBowelChange=true"),
                c("I haven't been able to pass urine.", "bladderBowelChange=true"),
                c("I don't have control of my bladder.", "bladderBowelChange=true"),
                c("I have not had control of my bowels.", "bladderBowelChange=true"),
                c("No bladder control.", "bladderBowelChange=true"),
                c("I've had no bladder control since Monday.", "bladderBowelChange=true"),
                c("I don't feel it when I pee.", "bladderBowelChange=true"),
                c("No urge to pee all day.", "bladderBowelChange=true"),
                c("No issues with bladder, except leaking.", "bladderBowelChange=true"),
                c("I never know if my bladder is full now.", "bladderBowelChange=true"),
                // said, they settle nothing: the words around them can turn them round
                c("bladder control is fine", "bladderBowelChange=?"),
                c("I am able to pee normally", "bladderBowelChange=?"),
                c(
                        "I have trouble with control of my bladder",
                        "bladderBowelChange=?"), // never "no"; the wizard asks
                c("no loss of bladder control", "bladderBowelChange=false"),
                c("I have lost control of my bowels", "bladderBowelChange=true"),
                c("bladder control? no", "bladderBowelChange=?"),
                c("I don't have any feeling between my legs", "saddleNumbness=true"),
                c("I haven't got feeling in my groin", "saddleNumbness=true"),
                c("I have no feeling around my bottom", "saddleNumbness=true"),
                c("I can't feel toilet paper when I wipe", "saddleNumbness=true"),
                c("No strength in my legs", "legWeakness=both-legs"),
                c("My legs won't hold me", "legWeakness=both-legs"),
                c("I can't stand on my toes", "legWeakness=one-leg"),
                // a hedged denial is doubt, never "no"
                c("I don't think I have saddle numbness.", "saddleNumbness=?"),
                c("No saddle numbness that I know of.", "saddleNumbness=?"),
                c("I don't think I have bladder problems.", "bladderBowelChange=?"),
                c("I don't think I have fever", "fever=?"),
                c("not that I'm aware of, no fever", "fever=false"),
                // one denial answers only its own question
                c(
                        "No saddle numbness.",
                        "saddleNumbness=false",
                        "legNumbness=?",
                        "localNumbness=?"),
                // R26 and R25, in everyday words (NHS: new problems with sex; pain worse on
                // coughing or sneezing)
                c("since my back went I can't get an erection", "sexualDysfunction=true"),
                c("problems with sex since the back pain started", "sexualDysfunction=true"),
                c("no problems with sex", "sexualDysfunction=false"),
                c("sex life is normal", "sexualDysfunction=false"),
                c("my husband has erectile dysfunction", "sexualDysfunction=?"),
                c("not sure about problems in bed", "sexualDysfunction=?"),
                c("it hurts when I cough or sneeze", "worseOnCoughSneeze=true"),
                c("the pain is worse when I strain on the toilet", "worseOnCoughSneeze=true"),
                c("coughing doesn't make it worse", "worseOnCoughSneeze=false"),
                c("no pain when I cough", "worseOnCoughSneeze=false"),
                c("I have a cough", "worseOnCoughSneeze=?"),
                // a short text settles little
                c(
                        "my back hurts",
                        "fever=?",
                        "bladderBowelChange=?",
                        "regions=?",
                        "onsetDays=?",
                        "sexualDysfunction=?",
                        "worseOnCoughSneeze=?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void readsTheSentence(String text, List<String> expectations) {
        TextReading reading = READER.read(text);
        for (String expectation : expectations) {
            String field = expectation.substring(0, expectation.indexOf('='));
            String expected = expectation.substring(expectation.indexOf('=') + 1);
            Question question =
                    Question.byField(field)
                            .orElseThrow(() -> new AssertionError("no field " + field));
            assertThat(shown(reading.intake(), question))
                    .as(
                            "%s in \"%s\" (evidence %s, unsure %s)",
                            field, text, reading.evidence(), reading.unsure())
                    .isEqualTo(expected);
        }
    }

    @Test
    void thereAreAtLeastSixtySentences() {
        assertThat(sentences().count()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void eachSettledAnswerQuotesTheWordsThatSettledIt() {
        TextReading reading =
                READER.read("no numbness or tingling, bladder fine, knot above my left hip");
        assertThat(reading.evidence().get(Question.LEG_NUMBNESS))
                .isEqualTo("no numbness or tingling");
        assertThat(reading.evidence().get(Question.BLADDER_BOWEL_CHANGE)).isEqualTo("bladder fine");
        assertThat(reading.evidence().get(Question.REGIONS)).isEqualTo("hip");
        assertThat(reading.evidence().get(Question.SIDE)).isEqualTo("left");
        assertThat(reading.evidence().keySet()).allMatch(reading.intake()::isAnswered);
    }

    @Test
    void doubtLeavesTheQuestionUnansweredAndSaysWhy() {
        TextReading reading = READER.read("not sure about numbness");
        assertThat(reading.unsure())
                .containsEntry(
                        Question.LEG_NUMBNESS, "not sure about numbness (where is it felt?)");
        assertThat(reading.intake().isAnswered(Question.LEG_NUMBNESS)).isFalse();
    }

    @Test
    void aShortTextLeavesEverySafetyQuestionItDoesNotMentionUnanswered() {
        Intake intake = READER.read("tight knot above my left hip for three days").intake();
        assertThat(intake.unansweredSafetyQuestions())
                .containsExactlyElementsOf(Question.safetyQuestions());
    }

    @Test
    void emptyTextIsRefusedNamingTheField() {
        assertThatThrownBy(() -> READER.read("   "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("text");
    }

    @Test
    void overlongTextIsRefused() {
        assertThatThrownBy(() -> READER.read("knot ".repeat(2_000)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("longer than");
    }

    private static Arguments c(String text, String... expectations) {
        return Arguments.of(text, List.of(expectations));
    }

    private static String shown(Intake intake, Question question) {
        return intake.answer(question).value().map(FreeTextTest::code).orElse("?");
    }

    private static String code(Object value) {
        if (value instanceof Coded coded) {
            return coded.code();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(FreeTextTest::code).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }
}
