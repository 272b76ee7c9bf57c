package dev.unknot.intake.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.Question;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The free-text evaluation corpus of {@code src/test/resources/freetext/corpus} (its README has the
 * format): texts written by the team, each with the answers it must settle.
 */
final class Corpus {
    static final Path DIRECTORY = Path.of("src/test/resources/freetext/corpus");

    /** The questions checked exactly: a field missing from {@code expect} must stay open. */
    static final Set<Question> EXACT =
            Stream.concat(
                            Question.safetyQuestions().stream(),
                            Stream.of(
                                    Question.AGE,
                                    Question.ONSET_DAYS,
                                    Question.PAIN_NOW,
                                    Question.SPREAD,
                                    Question.LUMP_GROWING))
                    .collect(Collectors.toUnmodifiableSet());

    /** One text and what it must settle. */
    record Case(
            String id,
            String text,
            Map<Question, String> expect,
            Intake expected,
            String disposition,
            Set<String> rules) {

        /** The questions checked for this text: the exact ones and whatever it lists. */
        Set<Question> checked() {
            Set<Question> questions = new TreeSet<>(EXACT);
            questions.addAll(expect.keySet());
            return questions;
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private Corpus() {}

    static List<Case> cases() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode node : yaml.readTree(file.toFile())) {
                    cases.add(parse(node));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static Case parse(JsonNode node) {
        String id = node.path("id").asText();
        Map<Question, String> expect = new LinkedHashMap<>();
        ObjectNode json = new ObjectMapper().createObjectNode();
        ObjectNode flags = json.putObject("flags");
        Iterator<Map.Entry<String, JsonNode>> fields = node.path("expect").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Question question =
                    Question.byField(field.getKey())
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    id + ": unknown field " + field.getKey()));
            (question.isSafety() ? flags : json).set(field.getKey(), field.getValue());
            expect.put(question, shown(field.getValue()));
        }
        Intake expected = new IntakeJson().read(json.toString());
        Set<String> rules = new TreeSet<>();
        node.path("rules").forEach(rule -> rules.add(rule.asText()));
        return new Case(
                id,
                node.path("text").asText(),
                expect,
                expected,
                node.path("disposition").asText(),
                rules);
    }

    private static String shown(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return items.stream().sorted().collect(Collectors.joining(","));
        }
        return value.asText();
    }

    /** An answer as the corpus writes it: a code, a number, true/false, or "?" when open. */
    static String shown(Intake intake, Question question) {
        return intake.answer(question).value().map(Corpus::code).orElse("?");
    }

    private static String code(Object value) {
        if (value instanceof Coded coded) {
            return coded.code();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(Corpus::code).sorted().collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }
}
