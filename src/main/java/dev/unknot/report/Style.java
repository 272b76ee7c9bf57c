package dev.unknot.report;

import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The painting properties SVG inherits from parent to child, as {@link SvgPicture} reads them: fill
 * and stroke colour (empty for {@code none}), stroke width, line cap and join (as PDF numbers them)
 * and the dash pattern.
 */
record Style(
        Optional<float[]> fill,
        Optional<float[]> stroke,
        float strokeWidth,
        int cap,
        int join,
        float[] dashes) {
    /** SVG's initial values: filled black, no stroke, 1 wide, butt caps, miter joins, solid. */
    static final Style DEFAULT =
            new Style(Optional.of(new float[] {0, 0, 0}), Optional.empty(), 1, 0, 0, new float[0]);

    /** This style with what {@code element} sets itself. */
    Style with(Element element, SvgReader reader) {
        return new Style(
                element.hasAttribute("fill") ? color(element.getAttribute("fill"), reader) : fill,
                element.hasAttribute("stroke")
                        ? color(element.getAttribute("stroke"), reader)
                        : stroke,
                element.hasAttribute("stroke-width")
                        ? reader.number(element, "stroke-width")
                        : strokeWidth,
                element.hasAttribute("stroke-linecap")
                        ? code(element.getAttribute("stroke-linecap"), "butt round square", reader)
                        : cap,
                element.hasAttribute("stroke-linejoin")
                        ? code(element.getAttribute("stroke-linejoin"), "miter round bevel", reader)
                        : join,
                element.hasAttribute("stroke-dasharray")
                        ? dashes(element.getAttribute("stroke-dasharray"), reader)
                        : dashes);
    }

    private static Optional<float[]> color(String value, SvgReader reader) {
        String text = value.trim();
        if (text.equals("none")) {
            return Optional.empty();
        }
        if (text.equals("black")) {
            return Optional.of(new float[] {0, 0, 0});
        }
        if (text.equals("white")) {
            return Optional.of(new float[] {1, 1, 1});
        }
        if (text.matches("#[0-9a-fA-F]{3}")) {
            text =
                    "#"
                            + text.substring(1, 2).repeat(2)
                            + text.substring(2, 3).repeat(2)
                            + text.substring(3, 4).repeat(2);
        }
        if (!text.matches("#[0-9a-fA-F]{6}")) {
            throw reader.fail("cannot paint the colour '" + value + "'");
        }
        int rgb = Integer.parseInt(text.substring(1), 16);
        return Optional.of(
                new float[] {
                    ((rgb >> 16) & 0xff) / 255f, ((rgb >> 8) & 0xff) / 255f, (rgb & 0xff) / 255f
                });
    }

    private static int code(String value, String names, SvgReader reader) {
        String[] known = names.split(" ");
        for (int i = 0; i < known.length; i++) {
            if (known[i].equals(value.trim())) {
                return i;
            }
        }
        throw reader.fail("cannot use '" + value + "', only " + names);
    }

    private static float[] dashes(String value, SvgReader reader) {
        return value.trim().equals("none")
                ? new float[0]
                : reader.numbers(value, 0, "stroke-dasharray");
    }
}
