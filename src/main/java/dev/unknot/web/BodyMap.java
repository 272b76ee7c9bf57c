package dev.unknot.web;

import dev.unknot.intake.Side;
import dev.unknot.plan.LikelyMuscle;
import java.util.List;
import java.util.Map;

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

    /**
     * The result's map: the likely muscles drawn on the person's side (both sides when it is not
     * one), each named on the drawing.
     */
    static String muscles(List<LikelyMuscle> likely, Side side) {
        return MuscleMap.draw(likely, side);
    }
}
