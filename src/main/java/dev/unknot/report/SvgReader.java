package dev.unknot.report;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads one picture's elements for {@link SvgPicture}: checks every element and attribute against
 * the subset it can draw, turns each shape into a path in the drawing's coordinates with its
 * inherited style and transform, and places the arrowhead markers. Not thread-safe; one per file.
 */
final class SvgReader {
    private static final Set<String> STYLE =
            Set.of(
                    "fill",
                    "stroke",
                    "stroke-width",
                    "stroke-linecap",
                    "stroke-linejoin",
                    "stroke-dasharray",
                    "transform",
                    "id");
    private static final Map<String, Set<String>> ATTRIBUTES =
            Map.of(
                    "svg", Set.of("xmlns", "viewBox", "width", "height", "role", "aria-labelledby"),
                    "g", Set.of(),
                    "path", Set.of("d", "marker-start", "marker-end"),
                    "line", Set.of("x1", "y1", "x2", "y2", "marker-start", "marker-end"),
                    "polyline", Set.of("points", "marker-start", "marker-end"),
                    "polygon", Set.of("points"),
                    "circle", Set.of("cx", "cy", "r"),
                    "ellipse", Set.of("cx", "cy", "rx", "ry"),
                    "rect", Set.of("x", "y", "width", "height", "rx", "ry"));
    private static final Set<String> MARKER =
            Set.of("id", "viewBox", "refX", "refY", "markerWidth", "markerHeight", "orient");

    private final String file;
    private final List<SvgPicture.Shape> shapes = new ArrayList<>();
    private final Map<String, Element> markers = new HashMap<>();

    SvgReader(String file) {
        this.file = file;
    }

    void children(Element parent, Style style, AffineTransform transform) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                element((Element) node, style, transform);
            } else if (node.getNodeType() == Node.TEXT_NODE
                    && !node.getTextContent().isBlank()
                    && !parent.getTagName().equals("title")) {
                throw fail("text outside a title in " + parent.getTagName());
            }
        }
    }

    private void element(Element element, Style inherited, AffineTransform outer) {
        String name = element.getTagName();
        if (name.equals("title")) {
            check(element, Set.of("id"));
            return;
        }
        if (name.equals("defs")) {
            check(element, Set.of());
            for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element marker) {
                    if (!marker.getTagName().equals("marker")) {
                        throw fail("defs may hold only markers, found " + marker.getTagName());
                    }
                    check(marker, MARKER);
                    markers.put(marker.getAttribute("id"), marker);
                }
            }
            return;
        }
        if (!ATTRIBUTES.containsKey(name) || name.equals("svg")) {
            throw fail("cannot draw the element <" + name + ">");
        }
        check(element, ATTRIBUTES.get(name));
        Style style = inherited.with(element, this);
        AffineTransform transform = new AffineTransform(outer);
        if (element.hasAttribute("transform")) {
            transform.concatenate(Transforms.parse(element.getAttribute("transform"), file));
        }
        if (name.equals("g")) {
            children(element, style, transform);
            return;
        }
        PathData path = geometry(element);
        shapes.add(shape(path.transformed(transform), style, transform));
        marker(element, "marker-start", path, true, style, transform);
        marker(element, "marker-end", path, false, style, transform);
    }

    private PathData geometry(Element element) {
        return switch (element.getTagName()) {
            case "path" -> PathData.parse(element.getAttribute("d"), file);
            case "line" ->
                    PathData.line(
                            number(element, "x1"),
                            number(element, "y1"),
                            number(element, "x2"),
                            number(element, "y2"));
            case "polyline" -> PathData.polyline(points(element), false);
            case "polygon" -> PathData.polyline(points(element), true);
            case "circle" -> {
                float r = number(element, "r");
                yield PathData.ellipse(number(element, "cx"), number(element, "cy"), r, r);
            }
            case "ellipse" ->
                    PathData.ellipse(
                            number(element, "cx"),
                            number(element, "cy"),
                            number(element, "rx"),
                            number(element, "ry"));
            case "rect" -> {
                float rx = optional(element, "rx", optional(element, "ry", 0));
                float ry = optional(element, "ry", rx);
                yield PathData.rect(
                        optional(element, "x", 0),
                        optional(element, "y", 0),
                        number(element, "width"),
                        number(element, "height"),
                        rx,
                        ry);
            }
            default -> throw fail("cannot draw the element <" + element.getTagName() + ">");
        };
    }

    private SvgPicture.Shape shape(PathData path, Style style, AffineTransform transform) {
        float scale = (float) Math.sqrt(Math.abs(transform.getDeterminant()));
        float[] dashes = style.dashes().clone();
        for (int i = 0; i < dashes.length; i++) {
            dashes[i] *= scale;
        }
        return new SvgPicture.Shape(
                path.segments(),
                style.fill(),
                style.stroke(),
                style.strokeWidth() * scale,
                style.cap(),
                style.join(),
                dashes);
    }

    /**
     * The arrowhead at one end of a path: the marker's own drawing, turned to the path's direction
     * there (reversed at the start for {@code auto-start-reverse}) and scaled by the stroke width,
     * as SVG places markers by default ({@code markerUnits="strokeWidth"}).
     */
    private void marker(
            Element element,
            String attribute,
            PathData path,
            boolean start,
            Style style,
            AffineTransform transform) {
        if (!element.hasAttribute(attribute)) {
            return;
        }
        String reference = element.getAttribute(attribute).trim();
        if (!reference.startsWith("url(#") || !reference.endsWith(")")) {
            throw fail(attribute + " must be url(#id), was " + reference);
        }
        String id = reference.substring(5, reference.length() - 1);
        Element marker = markers.get(id);
        if (marker == null) {
            throw fail(attribute + " names no marker in defs: " + id);
        }
        Point2D.Float[] end = start ? path.start() : path.end();
        float[] box = numbers(marker.getAttribute("viewBox"), 4, "marker viewBox");
        String orient = marker.getAttribute("orient");
        double angle;
        if (orient.equals("auto") || orient.equals("auto-start-reverse")) {
            Point2D.Float from = end[0];
            Point2D.Float to = end[1];
            angle = Math.atan2(to.y - from.y, to.x - from.x);
            if (start && orient.equals("auto-start-reverse")) {
                angle += Math.PI;
            }
        } else {
            angle = Math.toRadians(number(marker, "orient"));
        }
        AffineTransform placed = new AffineTransform(transform);
        Point2D.Float at = start ? end[0] : end[1];
        placed.translate(at.x, at.y);
        placed.rotate(angle);
        placed.scale(
                style.strokeWidth() * optional(marker, "markerWidth", 3) / box[2],
                style.strokeWidth() * optional(marker, "markerHeight", 3) / box[3]);
        placed.translate(-optional(marker, "refX", 0), -optional(marker, "refY", 0));
        placed.translate(-box[0], -box[1]);
        children(marker, Style.DEFAULT, placed);
    }

    void check(Element element, Set<String> allowed) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.item(i).getNodeName();
            boolean common = !element.getTagName().equals("svg") && STYLE.contains(name);
            if (!allowed.contains(name) && !common && !name.startsWith("xmlns")) {
                throw fail(
                        "cannot use the attribute " + name + " on <" + element.getTagName() + ">");
            }
        }
    }

    float number(Element element, String attribute) {
        if (!element.hasAttribute(attribute)) {
            throw fail("<" + element.getTagName() + "> needs " + attribute);
        }
        return numbers(element.getAttribute(attribute), 1, attribute)[0];
    }

    float optional(Element element, String attribute, float otherwise) {
        return element.hasAttribute(attribute) ? number(element, attribute) : otherwise;
    }

    float[] numbers(String text, int count, String what) {
        float[] numbers = PathData.numbers(text, file, what);
        if (count > 0 && numbers.length != count) {
            throw fail(what + " needs " + count + " numbers, was '" + text + "'");
        }
        return numbers;
    }

    private List<Point2D.Float> points(Element element) {
        float[] numbers = numbers(element.getAttribute("points"), 0, "points");
        if (numbers.length < 4 || numbers.length % 2 != 0) {
            throw fail("points needs pairs of numbers");
        }
        List<Point2D.Float> points = new ArrayList<>();
        for (int i = 0; i < numbers.length; i += 2) {
            points.add(new Point2D.Float(numbers[i], numbers[i + 1]));
        }
        return points;
    }

    UnsupportedPictureException fail(String problem) {
        return new UnsupportedPictureException(file, problem);
    }

    /** Reads the root {@code svg} element and everything in it; its view box. */
    float[] root(Element root) {
        check(root, ATTRIBUTES.get("svg"));
        float[] viewBox = numbers(root.getAttribute("viewBox"), 4, "viewBox");
        children(root, Style.DEFAULT.with(root, this), new AffineTransform());
        return viewBox;
    }

    List<SvgPicture.Shape> shapes() {
        return List.copyOf(shapes);
    }
}
