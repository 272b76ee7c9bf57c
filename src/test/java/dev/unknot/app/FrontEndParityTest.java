package dev.unknot.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Question;
import dev.unknot.knowledge.StopSign;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parity table: every scenario runs through the terminal, the web pages and the JSON API, each
 * built as {@code Main} builds it, and must give the same disposition, ask the same questions in
 * the same order, and keep the same records. Each scenario also pins what they must agree on, so
 * agreeing on a wrong answer fails too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontEndParityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    /** Every question: what an interview asks when nothing decides the result early. */
    private static final int ALL = Question.values().length;

    private List<FrontEnd> frontEnds;

    @BeforeAll
    void start() {
        frontEnds = List.of(new TerminalFrontEnd(), new WebPagesFrontEnd(), new ApiFrontEnd());
    }

    @AfterAll
    void stop() {
        frontEnds.forEach(FrontEnd::close);
    }

    /**
     * Answers to every question: a knot that self-care suits, with every safety question answered
     * no.
     */
    private static Map<Question, String> benign() {
        Map<Question, String> answers = new EnumMap<>(Question.class);
        answers.put(Question.AGE, "38");
        answers.put(Question.ONSET_DAYS, "10");
        answers.put(Question.PAIN_NOW, "4");
        answers.put(Question.REGIONS, "above-hip");
        answers.put(Question.SIDE, "right");
        answers.put(Question.FEEL, "tender-nodule");
        answers.put(Question.LUMP_GROWING, "no");
        answers.put(Question.SPREAD, "none");
        answers.put(Question.CAUSES, "prolonged-sitting,stress");
        answers.put(Question.TOOLS, "tennis-ball,heating-pad");
        for (Question question : Question.safetyQuestions()) {
            answers.put(question, question.type().allowed().contains("none") ? "none" : "no");
        }
        return answers;
    }

    private static Map<Question, String> benignBut(Object... changes) {
        Map<Question, String> answers = benign();
        for (int i = 0; i < changes.length; i += 2) {
            answers.put((Question) changes[i], (String) changes[i + 1]);
        }
        return answers;
    }

    static Stream<Arguments> interviews() {
        return Stream.of(
                interview("everything answered no: self-care", "", benign(), "SELF_CARE", ALL),
                interview(
                        "bladder at the first question",
                        "",
                        benignBut(Question.BLADDER_BOWEL_CHANGE, "yes"),
                        "EMERGENCY",
                        1),
                interview(
                        "saddle numbness",
                        "",
                        benignBut(Question.SADDLE_NUMBNESS, "yes"),
                        "EMERGENCY",
                        2),
                interview(
                        "weakness in both legs",
                        "",
                        benignBut(Question.LEG_WEAKNESS, "both-legs"),
                        "EMERGENCY",
                        -1),
                interview(
                        "weakness getting worse",
                        "",
                        benignBut(Question.LEG_WEAKNESS, "progressive"),
                        "EMERGENCY",
                        -1),
                interview(
                        "weakness in one leg: urgent once the safety questions are done",
                        "",
                        benignBut(Question.LEG_WEAKNESS, "one-leg"),
                        "URGENT",
                        Question.safetyQuestions().size()),
                interview(
                        "numbness in both legs",
                        "",
                        benignBut(Question.LEG_NUMBNESS, "both-legs"),
                        "EMERGENCY",
                        -1),
                interview(
                        "a serious accident",
                        "",
                        benignBut(Question.MAJOR_TRAUMA, "yes"),
                        "EMERGENCY",
                        -1),
                interview("chest pain", "", benignBut(Question.CHEST_PAIN, "yes"), "EMERGENCY", -1),
                interview(
                        "fever",
                        "",
                        benignBut(Question.FEVER, "yes"),
                        "URGENT",
                        Question.safetyQuestions().size()),
                interview(
                        "weight loss and cancer",
                        "",
                        benignBut(Question.WEIGHT_LOSS, "yes", Question.CANCER_HISTORY, "yes"),
                        "URGENT",
                        Question.safetyQuestions().size()),
                interview(
                        "weight loss alone",
                        "",
                        benignBut(Question.WEIGHT_LOSS, "yes"),
                        "SEE_CLINICIAN",
                        ALL),
                interview(
                        "cancer in the past",
                        "",
                        benignBut(Question.CANCER_HISTORY, "yes"),
                        "SEE_CLINICIAN",
                        ALL),
                interview(
                        "numbness below the knee",
                        "",
                        benignBut(Question.LEG_NUMBNESS, "below-knee"),
                        "SEE_CLINICIAN",
                        ALL),
                interview(
                        "numbness at the knot",
                        "",
                        benignBut(Question.LOCAL_NUMBNESS, "yes"),
                        "SEE_CLINICIAN",
                        ALL),
                interview(
                        "pain at night",
                        "",
                        benignBut(Question.NIGHT_PAIN, "yes"),
                        "SEE_CLINICIAN",
                        ALL),
                interview(
                        "constant pain at rest",
                        "",
                        benignBut(Question.CONSTANT_REST_PAIN, "yes"),
                        "SEE_CLINICIAN",
                        ALL),
                interview(
                        "worse despite care",
                        "",
                        benignBut(Question.WORSENING_DESPITE_CARE, "yes"),
                        "SEE_CLINICIAN",
                        ALL),
                interview(
                        "swollen glands",
                        "",
                        benignBut(Question.SWOLLEN_LYMPH_NODES, "yes"),
                        "SEE_CLINICIAN",
                        ALL),
                interview(
                        "steroid tablets",
                        "",
                        benignBut(Question.STEROIDS_OR_IMMUNOSUPPRESSED, "yes"),
                        "SEE_CLINICIAN",
                        ALL),
                interview(
                        "not sure about fever: never read as no",
                        "",
                        benignBut(Question.FEVER, FrontEnd.NOT_SURE),
                        "INCOMPLETE",
                        ALL),
                interview(
                        "pain 9 now", "", benignBut(Question.PAIN_NOW, "9"), "SEE_CLINICIAN", ALL),
                interview(
                        "two months of pain",
                        "",
                        benignBut(Question.ONSET_DAYS, "60"),
                        "SEE_CLINICIAN",
                        ALL),
                interview("a child", "", benignBut(Question.AGE, "12"), "SEE_CLINICIAN", ALL),
                interview(
                        "a hard lump",
                        "",
                        benignBut(Question.FEEL, "hard-lump"),
                        "SEE_CLINICIAN",
                        ALL),
                interview(
                        "free text with an emergency asks nothing",
                        "I can't control my bladder since this morning",
                        benign(),
                        "EMERGENCY",
                        0),
                interview(
                        "free text, then the rest answered no",
                        "tight knot above my left hip for three days since I moved"
                                + " house, no tingling, bladder fine",
                        benign(),
                        "SELF_CARE",
                        -1),
                interview(
                        "free text, then an emergency answer",
                        "tight knot above my left hip for three days",
                        benignBut(Question.SADDLE_NUMBNESS, "yes"),
                        "EMERGENCY",
                        -1),
                interview(
                        "free text, an answer not meant: asked in full, in its turn",
                        "tight knot above my left hip for three days since I moved"
                                + " house, no tingling, bladder fine",
                        Set.of(Question.BLADDER_BOWEL_CHANGE, Question.REGIONS),
                        benign(),
                        "SELF_CARE",
                        -1),
                interview(
                        "free text with an emergency not meant: asked about instead",
                        "I wet myself this morning",
                        Set.of(Question.BLADDER_BOWEL_CHANGE),
                        benign(),
                        "SELF_CARE",
                        -1),
                interview(
                        "free text with an emergency not meant, then meant after all",
                        "I wet myself this morning",
                        Set.of(Question.BLADDER_BOWEL_CHANGE),
                        benignBut(Question.BLADDER_BOWEL_CHANGE, "yes"),
                        "EMERGENCY",
                        1),
                interview(
                        "free text with a fever: the other safety questions, then stop",
                        "I have a fever and a knot by my spine",
                        benign(),
                        "URGENT",
                        Question.safetyQuestions().size() - 1),
                interview(
                        "free text settles the last safety question; an urgent answer then ends it",
                        "I take steroid tablets every day",
                        benignBut(Question.FEVER, "yes"),
                        "URGENT",
                        Question.safetyQuestions().size() - 1));
    }

    private static Arguments interview(
            String name,
            String text,
            Map<Question, String> answers,
            String disposition,
            int questions) {
        return interview(name, text, Set.of(), answers, disposition, questions);
    }

    private static Arguments interview(
            String name,
            String text,
            Set<Question> notMeant,
            Map<Question, String> answers,
            String disposition,
            int questions) {
        return Arguments.of(name, text, notMeant, answers, disposition, questions);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interviews")
    void everyFrontEndAsksTheSameQuestionsAndReachesTheSameResult(
            String name,
            String text,
            Set<Question> notMeant,
            Map<Question, String> answers,
            String disposition,
            int questions) {
        Map<String, FrontEnd.Interviewed> results = new LinkedHashMap<>();
        for (FrontEnd frontEnd : frontEnds) {
            results.put(frontEnd.name(), frontEnd.interview(text, notMeant, answers));
        }

        FrontEnd.Interviewed terminal = results.get("terminal");
        assertThat(terminal.disposition()).as("disposition").isEqualTo(disposition);
        if (questions >= 0) {
            assertThat(terminal.asked()).as("questions asked").hasSize(questions);
        }
        assertThat(terminal.asked()).as("the answers not meant are asked").containsAll(notMeant);
        results.forEach((frontEnd, result) -> assertThat(result).as(frontEnd).isEqualTo(terminal));
    }

    static Stream<Arguments> stopSigns() {
        List<StopSign> signs = TestApps.KNOWLEDGE.care().stopSigns();
        List<Arguments> cases = new ArrayList<>();
        cases.add(
                Arguments.of(
                        "every stop sign no: the session is kept with its answers",
                        answers(signs, -1)));
        for (int yes = 0; yes < signs.size(); yes++) {
            cases.add(
                    Arguments.of(
                            "a yes to '" + signs.get(yes).text() + "' stops it",
                            answers(signs, yes)));
        }
        return cases.stream();
    }

    private static Map<String, Boolean> answers(List<StopSign> signs, int yes) {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        for (int i = 0; i < signs.size(); i++) {
            answers.put(signs.get(i).id(), i == yes);
        }
        return answers;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stopSigns")
    void everyFrontEndChecksTheStopSignsAndKeepsTheSameSession(
            String name, Map<String, Boolean> stopSigns) {
        Map<String, FrontEnd.SessionRun> runs = new LinkedHashMap<>();
        for (FrontEnd frontEnd : frontEnds) {
            runs.put(frontEnd.name(), frontEnd.session(stopSigns));
        }

        FrontEnd.SessionRun terminal = runs.get("terminal");
        boolean anyYes = stopSigns.containsValue(true);
        assertThat(terminal.stoppedBy()).hasSize(anyYes ? 1 : 0);
        assertThat(terminal.kept().sessions()).hasSize(anyYes ? 0 : 1);
        assertThat(terminal.kept().diary()).hasSize(anyYes ? 0 : 1);
        if (!anyYes) {
            assertThat(terminal.kept().diary().get(0))
                    .as("the stop-sign answers kept with the entry")
                    .contains(
                            "\"bladderBowelChange\":false", "\"fever\":false", "with its session");
        }
        runs.forEach((frontEnd, run) -> assertThat(run).as(frontEnd).isEqualTo(terminal));
    }

    static Stream<Arguments> diaries() {
        return Stream.of(
                Arguments.of(
                        "pain falling: nothing raised",
                        List.of(entry(14, 6), entry(7, 5), entry(0, 3)),
                        List.of()),
                Arguments.of(
                        "pain rising week on week",
                        List.of(entry(13, 3), entry(10, 3), entry(6, 6), entry(0, 6)),
                        List.of("F2 -> SEE_CLINICIAN")),
                Arguments.of(
                        "a yes to bladder control: triaged again at once",
                        List.of(
                                entry(1, 4),
                                new FrontEnd.Entry(
                                        TODAY, 5, Map.of(Question.BLADDER_BOWEL_CHANGE, "yes"))),
                        List.of("F3 -> EMERGENCY")),
                Arguments.of(
                        "a fever, every other safety question no",
                        List.of(
                                new FrontEnd.Entry(
                                        TODAY,
                                        5,
                                        benignBut(Question.FEVER, "yes").entrySet().stream()
                                                .filter(answer -> answer.getKey().isSafety())
                                                .collect(
                                                        java.util.stream.Collectors.toMap(
                                                                Map.Entry::getKey,
                                                                Map.Entry::getValue)))),
                        List.of("F3 -> URGENT")));
    }

    private static FrontEnd.Entry entry(int daysAgo, int pain) {
        return new FrontEnd.Entry(TODAY.minusDays(daysAgo), pain, Map.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diaries")
    void everyFrontEndKeepsTheSameDiaryAndRaisesTheSameEscalations(
            String name, List<FrontEnd.Entry> entries, List<String> escalations) {
        Map<String, FrontEnd.Kept> kept = new LinkedHashMap<>();
        for (FrontEnd frontEnd : frontEnds) {
            kept.put(frontEnd.name(), frontEnd.diary(entries));
        }

        FrontEnd.Kept terminal = kept.get("terminal");
        assertThat(terminal.diary()).hasSize(entries.size());
        assertThat(terminal.escalations()).containsAll(escalations);
        kept.forEach((frontEnd, record) -> assertThat(record).as(frontEnd).isEqualTo(terminal));
    }
}
