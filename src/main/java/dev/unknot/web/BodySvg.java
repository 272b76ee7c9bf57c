package dev.unknot.web;

import java.util.List;

/**
 * SVG markup for the body map: the back itself (skin, bones, spine, "Left" and "Right"), shapes
 * with their mirror, and words with their leader lines. Every text is escaped; shapes come from
 * {@link BodyDrawing}.
 */
final class BodySvg {
    /** Line height of the words, in drawing units (the font size is set in unknot.css). */
    private static final int LINE = 18;

    private final BodyDrawing drawing;

    BodySvg(BodyDrawing drawing) {
        this.drawing = drawing;
    }

    /** An SVG element of the drawing's size around {@code content}. */
    String svg(String css, String attributes, String content) {
        return "<svg class=\""
                + css
                + "\" viewBox=\""
                + drawing.viewBox()
                + "\" "
                + attributes
                + " focusable=\"false\">"
                + content
                + "</svg>";
    }

    /** The back: skin, outline, ribs, pelvic rims, sacrum, spine and the words Left and Right. */
    String back() {
        StringBuilder back = new StringBuilder();
        for (BodyDrawing.Shape shape : drawing.back()) {
            back.append(path(shape.css(), shape.d(), ""));
            if (shape.mirrored()) {
                back.append(mirrored(shape.css(), shape.d()));
            }
        }
        back.append("<g class=\"spine\">").append(vertebrae()).append("</g>");
        BodyDrawing.Label mark = drawing.mark();
        back.append(
                text(
                        "map-mark",
                        mark.x(),
                        mark.y(),
                        "start",
                        List.of(drawing.words().get("left"))));
        back.append(
                text(
                        "map-mark",
                        drawing.mirrorX() - mark.x(),
                        mark.y(),
                        "end",
                        List.of(drawing.words().get("right"))));
        return back.toString();
    }

    private String vertebrae() {
        BodyDrawing.Vertebrae spine = drawing.vertebrae();
        StringBuilder blocks = new StringBuilder();
        List<Integer> tops = spine.tops();
        for (int i = 0; i < tops.size(); i++) {
            int top = tops.get(i);
            if (i >= tops.size() - spine.processes()) {
                String process = "M" + (spine.x() - 13) + " " + (top + 7) + " h13 v7 h-13 Z";
                blocks.append(path("process", process, ""));
                blocks.append(mirrored("process", process));
            }
            blocks.append("<rect x=\"")
                    .append(spine.x())
                    .append("\" y=\"")
                    .append(top)
                    .append("\" width=\"")
                    .append(spine.width())
                    .append("\" height=\"")
                    .append(spine.height())
                    .append("\" rx=\"5\"/>");
        }
        return blocks.toString();
    }

    /** A path; {@code extra} holds further attributes (an id, a fill), or is empty. */
    String path(String css, String d, String extra) {
        return "<path class=\"" + css + "\"" + extra + " d=\"" + d + "\"/>";
    }

    /** The same path mirrored to the person's right. */
    String mirrored(String css, String d) {
        return mirrored(css, d, "");
    }

    String mirrored(String css, String d, String extra) {
        return "<path class=\""
                + css
                + "\""
                + extra
                + " transform=\"matrix(-1 0 0 1 "
                + drawing.mirrorX()
                + " 0)\" d=\""
                + d
                + "\"/>";
    }

    /** The words of a label, broken into lines, with its leader line (by side) if it has one. */
    String words(String css, BodyDrawing.Label label, String words, String side) {
        StringBuilder markup = new StringBuilder();
        label.leader(side).ifPresent(leader -> markup.append(leader(leader, false)));
        markup.append(text(css, label.x(), label.y(), label.anchor(), label.lines(words)));
        return markup.toString();
    }

    /**
     * The words of a label at the mirrored place, with the mirror of its leader for {@code side}.
     */
    String mirroredWords(String css, BodyDrawing.Label label, String words, String side) {
        StringBuilder markup = new StringBuilder();
        label.leader(side).ifPresent(leader -> markup.append(leader(leader, true)));
        String anchor =
                label.anchor().equals("start")
                        ? "end"
                        : label.anchor().equals("end") ? "start" : label.anchor();
        markup.append(
                text(css, drawing.mirrorX() - label.x(), label.y(), anchor, label.lines(words)));
        return markup.toString();
    }

    /** A leader line and a dot where it points; the leader ends with its last x and y. */
    private String leader(String d, boolean mirror) {
        String[] numbers = d.trim().split("[\\sA-Za-z,]+");
        double x = Double.parseDouble(numbers[numbers.length - 2]);
        return (mirror ? mirrored("leader", d) : path("leader", d, ""))
                + "<circle class=\"leader-end\" r=\"3\" cx=\""
                + number(mirror ? drawing.mirrorX() - x : x)
                + "\" cy=\""
                + numbers[numbers.length - 1]
                + "\"/>";
    }

    private static String text(String css, double x, double y, String anchor, List<String> lines) {
        StringBuilder text =
                new StringBuilder("<text class=\"")
                        .append(css)
                        .append("\" x=\"")
                        .append(number(x))
                        .append("\" y=\"")
                        .append(number(y))
                        .append("\" text-anchor=\"")
                        .append(anchor)
                        .append("\">");
        for (int i = 0; i < lines.size(); i++) {
            text.append("<tspan x=\"")
                    .append(number(x))
                    .append("\" dy=\"")
                    .append(i == 0 ? 0 : LINE)
                    .append("\">")
                    .append(escape(lines.get(i)))
                    .append("</tspan>");
        }
        return text.append("</text>").toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A pattern tile of 8 by 8 units drawing {@code d} over an optional background colour. */
    static String pattern(String id, String d, String background) {
        return "<pattern id=\""
                + id
                + "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
                + (background.isEmpty()
                        ? ""
                        : "<rect width=\"8\" height=\"8\" fill=\"" + escape(background) + "\"/>")
                + "<path d=\""
                + d
                + "\" stroke=\"#fff\" stroke-width=\"1.6\" fill=\"#fff\"/></pattern>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
