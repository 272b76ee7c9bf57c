package dev.unknot.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unknot.intake.AnswerType;
import dev.unknot.intake.Cause;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Question;
import dev.unknot.intake.Region;
import dev.unknot.intake.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the knowledge files and checks them as a reviewer would: every entry cites known sources,
 * every rule reads real questions with allowed values, every region, disposition and question is
 * covered.
 */
final class KnowledgeLoader {

    static final List<String> FILES =
            List.of(
                    "sources.yaml",
                    "dispositions.yaml",
                    "rules.yaml",
                    "muscles.yaml",
                    "care.yaml",
                    "questions.yaml",
                    "general-advice.yaml",
                    ExerciseLibraryReader.FILE,
                    ProgressionReader.FILE);

    /** Where the pictures of the stretches and techniques are, beside the knowledge files. */
    static final String PICTURES = "pictures/";

    private final Function<String, InputStream> open;

    KnowledgeLoader(Function<String, InputStream> open) {
        this.open = open;
    }

    static KnowledgeBase fromClasspath() {
        return new KnowledgeLoader(KnowledgeTree::open).load();
    }

    KnowledgeBase load() {
        List<Source> sources = root("sources.yaml").list("sources", this::source);
        Set<String> sourceIds = new HashSet<>();
        for (Source source : sources) {
            if (!sourceIds.add(source.id())) {
                throw new KnowledgeException(
                        "sources.yaml", "source " + source.id(), "duplicate id");
            }
        }
        Citations citations = new Citations(sourceIds);

        Node dispositionsFile = root("dispositions.yaml");
        Map<Disposition, DispositionText> dispositions = new EnumMap<>(Disposition.class);
        for (DispositionText text : dispositionsFile.list("dispositions", this::dispositionText)) {
            dispositions.put(text.disposition(), text);
        }
        for (Disposition disposition : Disposition.values()) {
            if (!dispositions.containsKey(disposition)) {
                throw dispositionsFile.problem("no text for disposition " + disposition);
            }
        }

        List<Rule> rules = root("rules.yaml").list("rules", node -> rule(node, citations));
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(
                rule -> {
                    if (!ruleIds.add(rule.id())) {
                        throw new KnowledgeException(
                                "rules.yaml", "rule " + rule.id(), "duplicate id");
                    }
                });

        Node musclesFile = root("muscles.yaml");
        Map<String, Muscle> muscles = new LinkedHashMap<>();
        for (Muscle muscle : musclesFile.list("muscles", node -> muscle(node, citations))) {
            muscles.put(muscle.id(), muscle);
        }
        Map<Region, RegionMuscles> regions = new EnumMap<>(Region.class);
        for (RegionMuscles entry :
                musclesFile.list("regions", node -> regionMuscles(node, muscles, citations))) {
            regions.put(entry.region(), entry);
        }
        for (Region region : Region.values()) {
            if (!regions.containsKey(region)) {
                throw musclesFile.problem("no muscles for region " + region.code());
            }
        }

        CareKnowledge care =
                new CareReader(citations, muscles.keySet(), this::pictureExists)
                        .read(root("care.yaml"));
        ExerciseLibrary exerciseLibrary =
                new ExerciseLibraryReader(
                                citations,
                                muscles.keySet(),
                                care,
                                file -> open.apply(PICTURES + file))
                        .read(root(ExerciseLibraryReader.FILE));
        ProgressionRules progression =
                new ProgressionReader(citations, exerciseLibrary)
                        .read(root(ProgressionReader.FILE));
        List<WizardQuestion> questions =
                root("questions.yaml").list("questions", this::wizardQuestion);
        Set<Question> asked = new HashSet<>();
        questions.forEach(question -> asked.add(question.question()));
        for (Question question : Question.values()) {
            if (!asked.contains(question)) {
                throw new KnowledgeException(
                        "questions.yaml", "", "question " + question.path() + " is never asked");
            }
        }
        return new KnowledgeBase(
                sources,
                dispositions,
                dispositionsFile.text("disclaimer"),
                rules,
                List.copyOf(muscles.values()),
                regions,
                care,
                questions,
                new GeneralAdviceReader(citations).read(root("general-advice.yaml")),
                exerciseLibrary,
                progression);
    }

    /** Whether {@code knowledge/pictures/FILE} is there to be shown. */
    private boolean pictureExists(String file) {
        try (InputStream in = open.apply(PICTURES + file)) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    private Node root(String file) {
        try (InputStream in = open.apply(file)) {
            if (in == null) {
                throw new KnowledgeException(file, "", "file not found");
            }
            JsonNode json = KnowledgeTree.read(in);
            if (json == null || !json.isObject()) {
                throw new KnowledgeException(file, "", "must hold a mapping");
            }
            return new Node(file, "", json);
        } catch (IOException e) {
            throw new KnowledgeException(file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private Source source(Node node) {
        Node entry = node.named("source " + node.text("id"));
        return new Source(
                entry.text("id"),
                entry.has("file") ? entry.get("file").json().asText() : "",
                entry.has("url") ? entry.get("url").json().asText() : "",
                entry.text("title"),
                entry.textOr("short", entry.text("title")),
                entry.texts("supports"));
    }

    private DispositionText dispositionText(Node node) {
        String id = node.text("id");
        Disposition disposition = enumOf(node, Disposition.class, id);
        Node entry = node.named("disposition " + id);
        return new DispositionText(
                disposition, entry.text("label"), entry.text("headline"), entry.text("action"));
    }

    private Rule rule(Node node, Citations citations) {
        Node entry = node.named("rule " + node.text("id"));
        String limit = entry.text("planLimit");
        PlanLimit planLimit =
                java.util.Arrays.stream(PlanLimit.values())
                        .filter(candidate -> candidate.code().equals(limit))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        entry.problem(
                                                "planLimit '"
                                                        + limit
                                                        + "' is not one of none, no-self-massage, no-pressure-on-lump"));
        Disposition disposition = enumOf(entry, Disposition.class, entry.text("disposition"));
        if (disposition == Disposition.SELF_CARE || disposition == Disposition.INCOMPLETE) {
            throw entry.problem(
                    "a rule cannot lead to "
                            + disposition
                            + "; use EMERGENCY, URGENT or SEE_CLINICIAN");
        }
        return citations.check(
                entry,
                new Rule(
                        entry.text("id"),
                        entry.text("name"),
                        ConditionReader.read(entry.get("when")),
                        disposition,
                        entry.text("concern"),
                        entry.text("advice"),
                        planLimit,
                        entry.texts("sources")));
    }

    private Muscle muscle(Node node, Citations citations) {
        Node entry = node.named("muscle " + node.text("id"));
        return citations.check(
                entry,
                new Muscle(
                        entry.text("id"),
                        entry.text("name"),
                        entry.text("where"),
                        entry.texts("sources")));
    }

    private RegionMuscles regionMuscles(
            Node node, Map<String, Muscle> muscles, Citations citations) {
        Node entry = node.named("region " + node.text("region"));
        Region region = coded(entry, Region.class, entry.text("region"));
        List<Muscle> list = new ArrayList<>();
        for (String id : entry.texts("muscles")) {
            Muscle muscle = muscles.get(id);
            if (muscle == null) {
                throw entry.problem("unknown muscle '" + id + "'");
            }
            list.add(muscle);
        }
        return citations.check(
                entry, new RegionMuscles(region, list, entry.text("why"), entry.texts("sources")));
    }

    private WizardQuestion wizardQuestion(Node node) {
        String name = node.text("question");
        Node entry = node.named("question " + name);
        Question question =
                Question.byField(name).orElseThrow(() -> entry.problem("unknown question"));
        Map<String, String> choices = new LinkedHashMap<>();
        if (entry.has("choices")) {
            for (Map.Entry<String, Node> choice : entry.get("choices").fields()) {
                choices.put(choice.getKey(), choice.getValue().json().asText());
            }
        }
        List<String> codes = List.of();
        if (question.type() instanceof AnswerType.OneOf<?> oneOf) {
            codes = oneOf.codes();
        } else if (question.type() instanceof AnswerType.SomeOf<?> someOf) {
            codes = someOf.codes();
        }
        if (!new HashSet<>(codes).equals(choices.keySet())) {
            throw entry.problem(
                    "choices must name exactly " + codes + ", found " + choices.keySet());
        }
        return new WizardQuestion(question, entry.text("prompt"), choices, said(entry, question));
    }

    /**
     * Each answer of {@code question} in plain words, checked for the question's type: yes and no;
     * every code; a number's words with {@code {}} (and numbers of its own, in range); several
     * answers' words with {@code {}}, their none when none is an answer, and codes with words of
     * their own.
     */
    private static Map<String, String> said(Node entry, Question question) {
        Map<String, String> said = new LinkedHashMap<>();
        for (Map.Entry<String, Node> phrase : entry.get("said").fields()) {
            JsonNode words = phrase.getValue().json();
            if (!words.isTextual() || words.asText().isBlank()) {
                throw entry.problem("said." + phrase.getKey() + " must be non-empty text");
            }
            said.put(phrase.getKey(), words.asText());
        }
        AnswerType type = question.type();
        if (type instanceof AnswerType.YesNo) {
            exactly(entry, said.keySet(), List.of("yes", "no"));
        } else if (type instanceof AnswerType.OneOf<?> oneOf) {
            exactly(entry, said.keySet(), oneOf.codes());
        } else if (type instanceof AnswerType.Whole whole) {
            placeholder(entry, said, WizardQuestion.NUMBER);
            for (String key : said.keySet()) {
                if (!key.equals(WizardQuestion.NUMBER) && !inRange(key, whole)) {
                    throw entry.problem(
                            "said."
                                    + key
                                    + " must be 'number' or a number from "
                                    + whole.min()
                                    + " to "
                                    + whole.max());
                }
            }
        } else if (type instanceof AnswerType.SomeOf<?> someOf) {
            placeholder(entry, said, WizardQuestion.SOME);
            boolean noneIsAnAnswer = someOf.minSize() == 0;
            if (noneIsAnAnswer != said.containsKey(WizardQuestion.NONE)) {
                throw entry.problem(
                        noneIsAnAnswer
                                ? "said must have 'none': no answer at all is an answer here"
                                : "said cannot have 'none': at least one answer is needed here");
            }
            for (String key : said.keySet()) {
                if (!key.equals(WizardQuestion.SOME)
                        && !key.equals(WizardQuestion.NONE)
                        && !someOf.codes().contains(key)) {
                    throw entry.problem(
                            "said." + key + " is not 'some', 'none' or one of " + someOf.codes());
                }
            }
        }
        return said;
    }

    private static void exactly(Node entry, Set<String> keys, List<String> expected) {
        if (!new HashSet<>(expected).equals(keys)) {
            throw entry.problem("said must name exactly " + expected + ", found " + keys);
        }
    }

    private static void placeholder(Node entry, Map<String, String> said, String key) {
        String words = said.get(key);
        if (words == null || !words.contains("{}")) {
            throw entry.problem("said." + key + " must be given, with {} where the answer goes");
        }
    }

    private static boolean inRange(String key, AnswerType.Whole whole) {
        try {
            int number = Integer.parseInt(key);
            return number >= whole.min() && number <= whole.max();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static <E extends Enum<E>> E enumOf(Node node, Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw node.problem(
                    "'"
                            + name
                            + "' is not one of "
                            + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static <E extends Enum<E> & Coded> E coded(Node node, Class<E> type, String code) {
        return Coded.fromCode(type, code)
                .orElseThrow(
                        () -> node.problem("'" + code + "' is not one of " + Coded.codes(type)));
    }

    static Set<Cause> causes(Node node, List<String> codes) {
        Set<Cause> causes = new HashSet<>();
        codes.forEach(code -> causes.add(coded(node, Cause.class, code)));
        return causes;
    }

    static Tool tool(Node node, String code) {
        return coded(node, Tool.class, code);
    }
}
