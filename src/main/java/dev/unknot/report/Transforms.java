package dev.unknot.report;

import java.awt.geom.AffineTransform;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SVG's {@code transform} attribute: a list of translate, scale, rotate, skewX, skewY and matrix,
 * applied in order.
 */
final class Transforms {
    private static final Pattern ONE = Pattern.compile("\\s*,?\\s*([a-zA-Z]+)\\s*\\(([^)]*)\\)");

    private Transforms() {}

    static AffineTransform parse(String text, String file) {
        AffineTransform transform = new AffineTransform();
        Matcher matcher = ONE.matcher(text);
        int at = 0;
        while (matcher.find(at) && matcher.start() == at) {
            float[] n = PathData.numbers(matcher.group(2), file, matcher.group(1));
            transform.concatenate(one(matcher.group(1), n, file));
            at = matcher.end();
        }
        if (!text.substring(at).isBlank()) {
            throw new UnsupportedPictureException(
                    file, "cannot read the transform '" + text.trim() + "'");
        }
        return transform;
    }

    private static AffineTransform one(String name, float[] n, String file) {
        try {
            return switch (name) {
                case "translate" ->
                        AffineTransform.getTranslateInstance(n[0], n.length > 1 ? n[1] : 0);
                case "scale" -> AffineTransform.getScaleInstance(n[0], n.length > 1 ? n[1] : n[0]);
                case "rotate" ->
                        n.length == 3
                                ? AffineTransform.getRotateInstance(
                                        Math.toRadians(n[0]), n[1], n[2])
                                : AffineTransform.getRotateInstance(Math.toRadians(n[0]));
                case "skewX" -> AffineTransform.getShearInstance(Math.tan(Math.toRadians(n[0])), 0);
                case "skewY" -> AffineTransform.getShearInstance(0, Math.tan(Math.toRadians(n[0])));
                case "matrix" -> new AffineTransform(n[0], n[1], n[2], n[3], n[4], n[5]);
                default ->
                        throw new UnsupportedPictureException(
                                file, "cannot use the transform " + name);
            };
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new UnsupportedPictureException(file, name + " needs more numbers", e);
        }
    }
}
