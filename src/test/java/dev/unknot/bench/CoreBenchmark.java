package dev.unknot.bench;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.AssessmentJson;
import dev.unknot.assessment.Assessor;
import dev.unknot.intake.Cause;
import dev.unknot.intake.Feel;
import dev.unknot.intake.Intake;
import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.Question;
import dev.unknot.intake.Region;
import dev.unknot.intake.Side;
import dev.unknot.intake.Spread;
import dev.unknot.intake.TestIntakes;
import dev.unknot.intake.TextReading;
import dev.unknot.intake.Tool;
import dev.unknot.intake.text.FreeText;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.triage.Triage;
import dev.unknot.triage.TriageResult;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the core on one thread (issue 2): triage alone (target 1,000,000/s), triage and
 * plan (100,000/s) and free-text reading (20,000 sentences/s), each over a mix of realistic inputs
 * so no single branch is measured alone. Run with {@code bench/run.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CoreBenchmark {
    private static final List<String> SENTENCES =
            List.of(
                    "tight knot above my left hip for three days since I moved house, no tingling, bladder fine",
                    "no numbness or tingling, denies fever, never had cancer",
                    "no fever but I do have chills and the pain wakes me up at night",
                    "not sure about numbness, pain 6/10, I'm 45 years old",
                    "knot by my spine for 2 weeks after sitting at my desk all day with bad posture",
                    "pain shoots down into my buttock and the back of my thigh, no weakness",
                    "since yesterday I can't control my bladder and my groin is numb",
                    "my mother had breast cancer; I have a tennis ball and a foam roller",
                    "a hard lump that is getting bigger just above my right buttock",
                    "bladder and bowels are normal, it comes and goes, the heat helps a lot");

    private Triage triage;
    private Assessor assessor;
    private FreeText freeText;
    private List<String> corpus;
    private int nextText;
    private List<Intake> intakes;
    private AssessmentJson json;
    private List<Assessment> assessments;
    private int next;

    @Setup
    public void setUp() {
        KnowledgeBase knowledge = KnowledgeBase.load();
        triage = new Triage(knowledge.rules());
        assessor = new Assessor(knowledge);
        freeText = new FreeText();
        corpus = corpusTexts();
        Intake selfCare =
                TestIntakes.allNo()
                        .put(Question.AGE, 38)
                        .put(Question.ONSET_DAYS, 3)
                        .put(Question.PAIN_NOW, 5)
                        .put(Question.REGIONS, EnumSet.of(Region.ABOVE_HIP))
                        .put(Question.SIDE, Side.RIGHT)
                        .put(Question.FEEL, EnumSet.of(Feel.TENDER_NODULE))
                        .put(Question.SPREAD, Spread.BUTTOCK)
                        .put(Question.CAUSES, EnumSet.of(Cause.LIFTING))
                        .put(Question.TOOLS, EnumSet.of(Tool.TENNIS_BALL, Tool.HEATING_PAD))
                        .build();
        intakes =
                List.of(
                        selfCare,
                        selfCare.toBuilder()
                                .put(Question.PAIN_NOW, 8)
                                .put(Question.ONSET_DAYS, 1)
                                .put(Question.TOOLS, Set.of(Tool.LACROSSE_BALL, Tool.FOAM_ROLLER))
                                .build(),
                        selfCare.toBuilder().put(Question.NIGHT_PAIN, true).build(),
                        selfCare.toBuilder()
                                .put(Question.LEG_NUMBNESS, LegNumbness.BELOW_KNEE)
                                .build(),
                        selfCare.toBuilder().put(Question.FEVER, true).build(),
                        selfCare.toBuilder().put(Question.BLADDER_BOWEL_CHANGE, true).build(),
                        selfCare.toBuilder()
                                .clear(Question.CANCER_HISTORY)
                                .clear(Question.CHEST_PAIN)
                                .build(),
                        Intake.empty());
        json =
                new AssessmentJson(
                        knowledge,
                        new dev.unknot.assessment.Interview(
                                knowledge, new dev.unknot.assessment.Assessor(knowledge).triage()));
        assessments = intakes.stream().map(assessor::assess).toList();
    }

    @Benchmark
    public TriageResult triage() {
        return triage.triage(intakes.get(next++ & 7));
    }

    @Benchmark
    public Assessment triageAndPlan() {
        return assessor.assess(intakes.get(next++ & 7));
    }

    /**
     * The API's answer: the assessment as compact JSON (what {@code POST /api/assessments} sends).
     */
    @Benchmark
    public byte[] answerJson() {
        return json.compact(assessments.get(next++ & 7), Optional.empty());
    }

    /**
     * The evaluation corpus (src/test/resources/freetext/corpus): forum posts, messages and
     * clinical notes as people write them, most far longer than the sentences above.
     */
    @Benchmark
    public TextReading freeTextCorpus() {
        nextText = nextText == corpus.size() - 1 ? 0 : nextText + 1;
        return freeText.read(corpus.get(nextText));
    }

    private static List<String> corpusTexts() {
        try (var files =
                java.nio.file.Files.list(
                        java.nio.file.Path.of("src/test/resources/freetext/corpus"))) {
            var yaml =
                    new com.fasterxml.jackson.databind.ObjectMapper(
                            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
            List<String> texts = new java.util.ArrayList<>();
            for (var file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                yaml.readTree(file.toFile()).forEach(node -> texts.add(node.path("text").asText()));
            }
            return List.copyOf(texts);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Benchmark
    public TextReading freeText() {
        next = next == SENTENCES.size() - 1 ? 0 : next + 1;
        return freeText.read(SENTENCES.get(next));
    }
}
