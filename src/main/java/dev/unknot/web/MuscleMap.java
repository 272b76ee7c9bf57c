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
 * The result's body map: the likely muscles drawn where they lie, each in its colour and its
 * pattern, on the side of the knot, and named on the drawing, the names by the side drawn where
 * there is room. For screen readers it is one image whose title names the muscles and the side.
 */
final class MuscleMap {
    private MuscleMap() {}

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
    static String draw(List<LikelyMuscle> likely, Side side) {
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
