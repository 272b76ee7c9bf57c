package dev.unknot.web;

import dev.unknot.intake.Side;
import dev.unknot.plan.LikelyMuscle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lower back seen from behind, as SVG. On the region and side questions each shape is wrapped
 * in a label for the matching answer, so a click on the map ticks the same box as the list (no
 * script needed); the list stays the keyboard and screen-reader way in. On the result, the likely
 * muscles are drawn and named. From behind, the person's left is on the viewer's left.
 */
public final class BodyMap {
    private static final String VIEW_BOX = "0 0 200 240";

    /**
     * Each region's shape: left half first (it carries the id tests and people click), then its
     * mirror.
     */
    private static final Map<String, String[]> REGIONS = new LinkedHashMap<>();

    private static final Map<String, String[]> SIDES = new LinkedHashMap<>();
    private static final Map<String, String[]> MUSCLES = new LinkedHashMap<>();

    static {
        REGIONS.put(
                "across-lower-back",
                new String[] {"M58 118 H96 V140 H58 Z", "M104 118 H142 V140 H104 Z"});
        REGIONS.put(
                "flank",
                new String[] {
                    "M34 86 Q40 110 46 150 L58 150 L58 90 Z",
                    "M166 86 Q160 110 154 150 L142 150 L142 90 Z"
                });
        REGIONS.put(
                "above-hip",
                new String[] {
                    "M50 152 H84 V170 Q66 166 50 172 Z", "M150 152 H116 V170 Q134 166 150 172 Z"
                });
        REGIONS.put(
                "above-buttocks",
                new String[] {
                    "M70 176 Q84 172 97 174 V194 H70 Z", "M130 176 Q116 172 103 174 V194 H130 Z"
                });
        REGIONS.put(
                "beside-spine", new String[] {"M86 60 H96 V112 H86 Z", "M104 60 H114 V112 H104 Z"});
        SIDES.put("left", new String[] {"M30 40 H95 V210 H40 Q30 130 30 40 Z"});
        SIDES.put("right", new String[] {"M170 40 H105 V210 H160 Q170 130 170 40 Z"});
        SIDES.put("center", new String[] {"M95 40 H105 V210 H95 Z"});
        MUSCLES.put(
                "erector-spinae",
                new String[] {"M84 50 H96 V160 H84 Z", "M104 50 H116 V160 H104 Z"});
        MUSCLES.put(
                "multifidus", new String[] {"M92 130 H97 V185 H92 Z", "M103 130 H108 V185 H103 Z"});
        MUSCLES.put(
                "lower-erector-spinae",
                new String[] {"M82 160 H96 V184 H82 Z", "M104 160 H118 V184 H104 Z"});
        MUSCLES.put(
                "quadratus-lumborum",
                new String[] {
                    "M56 100 L82 104 L82 150 L58 148 Z", "M144 100 L118 104 L118 150 L142 148 Z"
                });
        MUSCLES.put(
                "gluteus-medius",
                new String[] {
                    "M46 168 Q66 160 88 170 L84 196 Q60 200 48 190 Z",
                    "M154 168 Q134 160 112 170 L116 196 Q140 200 152 190 Z"
                });
    }

    private BodyMap() {}

    /** The map for a region or side question; empty markup for any other question. */
    static String picker(String field, List<Choice> choices) {
        Map<String, String[]> shapes =
                field.equals("regions") ? REGIONS : field.equals("side") ? SIDES : Map.of();
        if (shapes.isEmpty()) {
            return "";
        }
        Set<String> offered = choices.stream().map(Choice::code).collect(Collectors.toSet());
        StringBuilder html =
                new StringBuilder("<div class=\"bodymap bodymap-picker\" id=\"bodymap\">");
        html.append(layer("map-outline", outline()));
        shapes.forEach(
                (code, paths) -> {
                    if (offered.contains(code)) {
                        String id = field + "-" + code;
                        html.append("<label for=\"")
                                .append(id)
                                .append("\" class=\"map-choice map-")
                                .append(code)
                                .append("\">")
                                .append(svg(hits("map-" + id, paths)))
                                .append("</label>");
                    }
                });
        html.append(
                "</div><p class=\"hint bodymap-caption\">The lower back seen from behind: your left is on the left. "
                        + "Click the map or tick the list.</p>");
        return html.toString();
    }

    /**
     * The result's map: the likely muscles drawn on the person's side (both sides when it is not
     * one).
     */
    static String muscles(List<LikelyMuscle> likely, Side side) {
        boolean left = side != Side.RIGHT;
        boolean right = side != Side.LEFT;
        StringBuilder shapes = new StringBuilder(outline());
        for (LikelyMuscle muscle : likely) {
            String[] paths = MUSCLES.get(muscle.muscle().id());
            if (paths == null) {
                continue;
            }
            shapes.append("<g class=\"muscle muscle-")
                    .append(muscle.muscle().id())
                    .append("\" id=\"map-muscle-")
                    .append(muscle.muscle().id())
                    .append("\">");
            if (left) {
                shapes.append("<path d=\"").append(paths[0]).append("\"/>");
            }
            if (right && paths.length > 1) {
                shapes.append("<path d=\"").append(paths[1]).append("\"/>");
            }
            shapes.append("</g>");
        }
        return "<div class=\"bodymap bodymap-result\">"
                + layer("map-muscles", shapes.toString())
                + "</div>";
    }

    private static String outline() {
        return "<path class=\"skin\" d=\"M60 20 Q100 8 140 20 L168 40 Q172 130 160 200 Q150 230 100 232 Q50 230 40 200"
                + " Q28 130 32 40 Z\"/>"
                + "<path class=\"bone\" d=\"M48 158 Q70 140 96 150 M152 158 Q130 140 104 150\"/>"
                + "<path class=\"bone\" d=\"M44 86 Q70 78 94 84 M156 86 Q130 78 106 84\"/>"
                + "<g class=\"spine\">"
                + vertebrae()
                + "</g>"
                + "<text x=\"8\" y=\"236\" class=\"map-side\">left</text><text x=\"168\" y=\"236\" class=\"map-side\">right</text>";
    }

    private static String vertebrae() {
        StringBuilder spine = new StringBuilder();
        for (int y = 30; y < 200; y += 14) {
            spine.append("<rect x=\"96\" y=\"")
                    .append(y)
                    .append("\" width=\"8\" height=\"10\" rx=\"2\"/>");
        }
        return spine.toString();
    }

    private static String hits(String id, String[] paths) {
        StringBuilder shapes = new StringBuilder();
        for (int i = 0; i < paths.length; i++) {
            shapes.append("<path class=\"hit\"")
                    .append(i == 0 ? " id=\"" + id + "\"" : "")
                    .append(" d=\"")
                    .append(paths[i])
                    .append("\"/>");
        }
        return shapes.toString();
    }

    private static String layer(String css, String content) {
        return "<svg class=\""
                + css
                + "\" viewBox=\""
                + VIEW_BOX
                + "\" aria-hidden=\"true\" focusable=\"false\">"
                + content
                + "</svg>";
    }

    private static String svg(String content) {
        return layer("map-layer", content);
    }
}
