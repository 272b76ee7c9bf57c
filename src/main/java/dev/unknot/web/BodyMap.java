package dev.unknot.web;

import dev.unknot.intake.Side;
import dev.unknot.plan.LikelyMuscle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lower back seen from behind, as SVG ({@link BodyDrawing} has the drawing). On the region and
 * side questions each shape, with its words, is wrapped in a label for the matching answer, so a
 * tap on the map ticks the same box as the list (no script needed); the list stays the keyboard and
 * screen-reader way in, so the map is hidden from screen readers. On the result, the likely muscles
 * are drawn, each in its colour and pattern, and named. From behind, the person's left is on the
 * viewer's left. Ids start with the question's field, so both pickers fit on one page.
 */
public final class BodyMap {
    private static final String HIDDEN = "aria-hidden=\"true\"";

    private BodyMap() {}

    /** The map for a region or side question; empty markup for any other question. */
    static String picker(String field, List<Choice> choices) {
        BodyDrawing drawing = BodyDrawing.get();
        Map<String, BodyDrawing.Area> areas =
                field.equals("regions")
                        ? drawing.regions()
                        : field.equals("side") ? drawing.sides() : Map.of();
        if (areas.isEmpty()) {
            return "";
        }
        BodySvg svg = new BodySvg(drawing);
        StringBuilder html =
                new StringBuilder("<div class=\"bodymap bodymap-picker bodymap-")
                        .append(field)
                        .append("\" id=\"bodymap-")
                        .append(field)
                        .append("\">")
                        .append(svg.svg("map-back", HIDDEN, svg.back()));
        for (Choice choice : choices) {
            BodyDrawing.Area area = areas.get(choice.code());
            if (area != null) {
                html.append(choice(svg, drawing, field + "-" + choice.code(), choice, area));
            }
        }
        return html.append("</div><p class=\"hint bodymap-caption\">")
                .append(BodySvg.escape(drawing.words().get("caption")))
                .append("</p>")
                .toString();
    }

    private static String choice(
            BodySvg svg, BodyDrawing drawing, String id, Choice choice, BodyDrawing.Area area) {
        String mark = "map-" + id + "-chosen";
        StringBuilder shapes =
                new StringBuilder("<defs>")
                        .append(BodySvg.pattern(mark, drawing.chosen(), ""))
                        .append("</defs>")
                        .append(svg.path("hit", area.shape(), " id=\"map-" + id + "\""));
        String fill = " fill=\"url(#" + mark + ")\"";
        shapes.append(svg.path("chosen", area.shape(), fill));
        if (area.mirrored()) {
            shapes.append(svg.mirrored("hit", area.shape()))
                    .append(svg.mirrored("chosen", area.shape(), fill));
        }
        shapes.append(svg.words("map-word", area.label(), choice.label(), ""));
        return "<label for=\""
                + id
                + "\" class=\"map-choice map-"
                + id
                + "\" data-code=\""
                + BodySvg.escape(choice.code())
                + "\">"
                + svg.svg("map-layer", HIDDEN, shapes.toString())
                + "</label>";
    }

    private static boolean drawnOn(String side, boolean left, boolean right) {
        return side.equals("left") ? left : right;
    }

    /**
     * A muscle's name by its own side when that is drawn; else at the mirrored place when it is
     * free; else where it stands, its leader crossing to the side drawn.
     */
    private static String name(
            BodySvg svg,
            BodyDrawing drawing,
            BodyDrawing.Label label,
            String name,
            boolean left,
            boolean right,
            Set<String> taken) {
        String home = label.firstSide();
        String css = "map-word muscle-word";
        String here = label.x() + "," + label.y();
        String mirrored = (drawing.mirrorX() - label.x()) + "," + label.y();
        if (drawnOn(home, left, right) && taken.add(here)) {
            return svg.words(css, label, name, home);
        }
        if (!drawnOn(home, left, right) && taken.add(mirrored)) {
            return svg.mirroredWords(css, label, name, home);
        }
        taken.add(here);
        return svg.words(css, label, name, left ? "left" : "right");
    }

    /**
     * The result's map: the likely muscles drawn on the person's side (both sides when it is not
     * one), each named on the drawing.
     */
    static String muscles(List<LikelyMuscle> likely, Side side) {
        BodyDrawing drawing = BodyDrawing.get();
        BodySvg svg = new BodySvg(drawing);
        boolean left = side != Side.RIGHT;
        boolean right = side != Side.LEFT;
        Map<String, String> names = new LinkedHashMap<>();
        likely.forEach(muscle -> names.putIfAbsent(muscle.muscle().id(), muscle.muscle().name()));
        StringBuilder defs = new StringBuilder("<defs>");
        StringBuilder shapes = new StringBuilder();
        List<Map.Entry<String, BodyDrawing.MuscleArea>> drawn = new ArrayList<>();
        drawing.muscles()
                .forEach(
                        (id, area) -> {
                            if (!names.containsKey(id)) {
                                return;
                            }
                            drawn.add(Map.entry(id, area));
                            String pattern = "map-pattern-" + id;
                            defs.append(
                                    BodySvg.pattern(
                                            pattern,
                                            drawing.patterns().get(area.pattern()),
                                            area.colour()));
                            shapes.append("<g class=\"muscle muscle-")
                                    .append(id)
                                    .append("\" id=\"map-muscle-")
                                    .append(id)
                                    .append("\" fill=\"url(#")
                                    .append(pattern)
                                    .append(")\">");
                            if (left) {
                                shapes.append(svg.path("muscle-shape", area.shape(), ""));
                            }
                            if (right) {
                                shapes.append(svg.mirrored("muscle-shape", area.shape()));
                            }
                            shapes.append("</g>");
                        });
        StringBuilder words = new StringBuilder();
        Set<String> taken = new HashSet<>();
        // Names whose own side is drawn take their places first.
        drawn.sort(
                Comparator.comparing(
                        entry -> !drawnOn(entry.getValue().label().firstSide(), left, right)));
        for (Map.Entry<String, BodyDrawing.MuscleArea> entry : drawn) {
            words.append(
                    name(
                            svg,
                            drawing,
                            entry.getValue().label(),
                            names.get(entry.getKey()),
                            left,
                            right,
                            taken));
        }
        defs.append("</defs>");
        String title =
                drawing.words().get("muscles")
                        + " "
                        + String.join(", ", names.values())
                        + " ("
                        + drawing.sideWords().getOrDefault(side.code(), "")
                        + ").";
        String content =
                "<title id=\"map-muscles-title\">"
                        + BodySvg.escape(title)
                        + "</title>"
                        + defs
                        + svg.back()
                        + shapes
                        + words;
        return "<div class=\"bodymap bodymap-result\">"
                + svg.svg(
                        "map-back map-muscles",
                        "role=\"img\" aria-labelledby=\"map-muscles-title\"",
                        content)
                + "</div>";
    }
}
