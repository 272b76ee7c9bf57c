package dev.unknot.report;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One of unknot's line drawings ({@code knowledge/pictures/*.svg}) read into paths, ready to paint
 * as vectors into a PDF. It reads exactly the SVG those hand-written files use: {@code svg}, {@code
 * title}, {@code defs} and {@code marker} (arrowheads), {@code g}, {@code path} (M, L, H, V, C, S,
 * Q, T, Z, absolute and relative), {@code line}, {@code polyline}, {@code polygon}, {@code circle},
 * {@code ellipse} and {@code rect} (with rounded corners), with fill, stroke, stroke width, line
 * caps and joins, dashes and {@code transform}. Anything else fails with {@link
 * UnsupportedPictureException} when the file is read, never by leaving part of the drawing out.
 * Immutable and thread-safe once read.
 */
final class SvgPicture {
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

    /** A path in the drawing's own coordinates and how it is painted. */
    record Shape(
            List<PathData.Segment> segments,
            Optional<float[]> fill,
            Optional<float[]> stroke,
            float strokeWidth,
            int cap,
            int join,
            float[] dashes) {}

    private final String file;
    private final float[] viewBox;
    private final List<Shape> shapes;

    private SvgPicture(String file, float[] viewBox, List<Shape> shapes) {
        this.file = file;
        this.viewBox = viewBox;
        this.shapes = List.copyOf(shapes);
    }

    /** The picture {@code knowledge/pictures/FILE} from the class path. */
    static SvgPicture read(String file) {
        try (InputStream in = SvgPicture.class.getResourceAsStream("/knowledge/pictures/" + file)) {
            if (in == null) {
                throw new UnsupportedPictureException(file, "not found in knowledge/pictures/");
            }
            return read(file, in);
        } catch (IOException e) {
            throw new UnsupportedPictureException(file, "cannot be read", e);
        }
    }

    /** A picture from {@code in}, named {@code file} in messages. */
    static SvgPicture read(String file, InputStream in) {
        Element root = parse(file, in).getDocumentElement();
        if (!root.getTagName().equals("svg")) {
            throw new UnsupportedPictureException(file, "the root element must be svg");
        }
        Reader reader = new Reader(file);
        reader.check(root, ATTRIBUTES.get("svg"));
        float[] viewBox = reader.numbers(root.getAttribute("viewBox"), 4, "viewBox");
        reader.children(root, Style.DEFAULT.with(root, reader), new AffineTransform());
        return new SvgPicture(file, viewBox, reader.shapes);
    }

    String file() {
        return file;
    }

    List<Shape> shapes() {
        return shapes;
    }

    /** The drawing's width over its height. */
    float aspect() {
        return viewBox[2] / viewBox[3];
    }

    /**
     * Paints the picture into the box whose lower left corner is at {@code (x, y)}, as large as it
     * fits keeping its proportions, centred.
     */
    void paint(PDPageContentStream out, float x, float y, float width, float height)
            throws IOException {
        float scale = Math.min(width / viewBox[2], height / viewBox[3]);
        float left = x + (width - viewBox[2] * scale) / 2;
        float top = y + height - (height - viewBox[3] * scale) / 2;
        out.saveGraphicsState();
        // SVG's y axis points down, the PDF's up: flip it about the box's top edge
        out.transform(new Matrix(scale, 0, 0, -scale, left, top));
        out.transform(Matrix.getTranslateInstance(-viewBox[0], -viewBox[1]));
        for (Shape shape : shapes) {
            paint(out, shape);
        }
        out.restoreGraphicsState();
    }

    private static void paint(PDPageContentStream out, Shape shape) throws IOException {
        if (shape.fill().isEmpty() && shape.stroke().isEmpty()) {
            return;
        }
        out.saveGraphicsState();
        // the colours and line style first: PDF allows no state changes inside a path
        if (shape.fill().isPresent()) {
            float[] color = shape.fill().get();
            out.setNonStrokingColor(color[0], color[1], color[2]);
        }
        if (shape.stroke().isPresent()) {
            float[] color = shape.stroke().get();
            out.setStrokingColor(color[0], color[1], color[2]);
            out.setLineWidth(shape.strokeWidth());
            out.setLineCapStyle(shape.cap());
            out.setLineJoinStyle(shape.join());
            out.setLineDashPattern(shape.dashes(), 0);
        }
        for (PathData.Segment segment : shape.segments()) {
            segment.draw(out);
        }
        if (shape.fill().isPresent() && shape.stroke().isPresent()) {
            out.fillAndStroke();
        } else if (shape.fill().isPresent()) {
            out.fill();
        } else {
            out.stroke();
        }
        out.restoreGraphicsState();
    }

    private static Document parse(String file, InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // our own files, but read safely all the same: no DTDs, no external entities
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new UnsupportedPictureException(file, "is not well-formed XML", e);
        }
    }

    /** Walks the elements, checking each, and collects the shapes with their markers. */
    static final class Reader {
        private final String file;
        private final List<Shape> shapes = new ArrayList<>();
        private final Map<String, Element> markers = new HashMap<>();

        Reader(String file) {
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
                for (Node node = element.getFirstChild();
                        node != null;
                        node = node.getNextSibling()) {
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

        private Shape shape(PathData path, Style style, AffineTransform transform) {
            float scale = (float) Math.sqrt(Math.abs(transform.getDeterminant()));
            float[] dashes = style.dashes().clone();
            for (int i = 0; i < dashes.length; i++) {
                dashes[i] *= scale;
            }
            return new Shape(
                    path.segments(),
                    style.fill(),
                    style.stroke(),
                    style.strokeWidth() * scale,
                    style.cap(),
                    style.join(),
                    dashes);
        }

        /**
         * The arrowhead at one end of a path: the marker's own drawing, turned to the path's
         * direction there (reversed at the start for {@code auto-start-reverse}) and scaled by the
         * stroke width, as SVG places markers by default ({@code markerUnits="strokeWidth"}).
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
                            "cannot use the attribute "
                                    + name
                                    + " on <"
                                    + element.getTagName()
                                    + ">");
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
    }
}
