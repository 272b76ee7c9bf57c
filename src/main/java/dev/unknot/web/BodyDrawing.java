package dev.unknot.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drawing of the lower back seen from behind, as {@code web/bodymap.yaml} gives it: the back
 * itself, where each region and each muscle lies, where their words go, and the map's own words.
 * Shapes marked mirrored are given for the person's left and mirrored for the right. Immutable, so
 * one copy serves every request.
 */
record BodyDrawing(
        String viewBox,
        int mirrorX,
        Label mark,
        Map<String, String> words,
        Map<String, String> sideWords,
        Map<String, String> patterns,
        String chosen,
        List<Shape> back,
        Vertebrae vertebrae,
        Map<String, Area> regions,
        Map<String, Area> sides,
        Map<String, MuscleArea> muscles) {
    static final String FILE = "web/bodymap.yaml";

    BodyDrawing {
        words = Map.copyOf(words);
        sideWords = Map.copyOf(sideWords);
        patterns = Map.copyOf(patterns);
        back = List.copyOf(back);
        regions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        sides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sides));
        muscles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(muscles));
    }

    /** One path of the drawing, with its CSS class. */
    record Shape(String css, String d, boolean mirrored) {}

    /** The spine: one block per vertebra; the lowest {@code processes} have processes aside. */
    record Vertebrae(int x, int width, List<Integer> tops, int height, int processes) {
        Vertebrae {
            tops = List.copyOf(tops);
        }
    }

    /**
     * Where words go: the first line at (x, y), anchored start, middle or end, {@code width}
     * characters a line, and the leader lines from the words to the shape by the side they point to
     * ("" when the shape has one).
     */
    record Label(double x, double y, String anchor, int width, Map<String, String> leaders) {
        Label {
            leaders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leaders));
        }

        /** The side the first leader points to: where the words point when both are drawn. */
        String firstSide() {
            return leaders.keySet().stream().findFirst().orElse("");
        }

        /** The words broken into lines of at most {@code width} characters, at spaces. */
        List<String> lines(String text) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.trim().split("\\s+")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            lines.add(line.toString());
            return List.copyOf(lines);
        }

        Optional<String> leader(String side) {
            return Optional.ofNullable(leaders.get(side));
        }
    }

    /** A region or side a person can pick: its shape and where its words go. */
    record Area(String shape, boolean mirrored, Label label) {}

    /** A muscle: its shape on the left, its colour, its pattern and where its name goes. */
    record MuscleArea(String shape, String colour, String pattern, Label label) {}

    /** The drawing, read once. */
    static BodyDrawing get() {
        return Holder.DRAWING;
    }

    private static final class Holder {
        static final BodyDrawing DRAWING = load();
    }

    static BodyDrawing load() {
        try (InputStream in = BodyDrawing.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            JsonNode spine = required(root, "vertebrae");
            List<Integer> tops = new ArrayList<>();
            required(spine, "tops").forEach(top -> tops.add(top.asInt()));
            List<Shape> back = new ArrayList<>();
            required(root, "back")
                    .forEach(
                            shape ->
                                    back.add(
                                            new Shape(
                                                    text(shape, "class"),
                                                    text(shape, "d"),
                                                    shape.path("mirrored").asBoolean(false))));
            Map<String, MuscleArea> muscles = new LinkedHashMap<>();
            required(root, "muscles")
                    .fields()
                    .forEachRemaining(
                            entry ->
                                    muscles.put(
                                            entry.getKey(),
                                            new MuscleArea(
                                                    text(entry.getValue(), "shape"),
                                                    text(entry.getValue(), "colour"),
                                                    text(entry.getValue(), "pattern"),
                                                    label(required(entry.getValue(), "label")))));
            return new BodyDrawing(
                    text(root, "viewBox"),
                    required(root, "mirrorX").asInt(),
                    label(required(root, "mark")),
                    strings(required(root, "words")),
                    strings(required(required(root, "words"), "sides")),
                    strings(required(root, "patterns")),
                    text(root, "chosen"),
                    back,
                    new Vertebrae(
                            required(spine, "x").asInt(),
                            required(spine, "width").asInt(),
                            tops,
                            required(spine, "height").asInt(),
                            required(spine, "processes").asInt()),
                    areas(required(root, "regions")),
                    areas(required(root, "sides")),
                    muscles);
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + " cannot be read", e);
        }
    }

    private static Map<String, Area> areas(JsonNode node) {
        Map<String, Area> areas = new LinkedHashMap<>();
        node.fields()
                .forEachRemaining(
                        entry ->
                                areas.put(
                                        entry.getKey(),
                                        new Area(
                                                text(entry.getValue(), "shape"),
                                                entry.getValue().path("mirrored").asBoolean(),
                                                label(required(entry.getValue(), "label")))));
        return areas;
    }

    private static Label label(JsonNode node) {
        Map<String, String> leaders = new LinkedHashMap<>();
        JsonNode leader = node.path("leader");
        if (leader.isTextual()) {
            leaders.put("", leader.asText());
        } else {
            leaders.putAll(strings(leader));
        }
        return new Label(
                required(node, "x").asDouble(),
                required(node, "y").asDouble(),
                node.path("anchor").asText("start"),
                node.path("width").asInt(20),
                leaders);
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> strings = new LinkedHashMap<>();
        node.fields()
                .forEachRemaining(
                        entry -> {
                            if (entry.getValue().isTextual()) {
                                strings.put(entry.getKey(), entry.getValue().asText());
                            }
                        });
        return strings;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isTextual()) {
            throw new IllegalStateException(FILE + ": " + field + " must be text");
        }
        return value.asText();
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalStateException(FILE + ": " + field + " is missing");
        }
        return value;
    }
}
