package dev.unknot.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * One of unknot's line drawings ({@code knowledge/pictures/*.svg}) read into paths, ready to paint
 * as vectors into a PDF. It reads exactly the SVG those hand-written files use: {@code svg}, {@code
 * title}, {@code defs} and {@code marker} (arrowheads), {@code g}, {@code path} (M, L, H, V, C, S,
 * Q, T, A, Z, absolute and relative), {@code line}, {@code polyline}, {@code polygon}, {@code
 * circle}, {@code ellipse} and {@code rect} (with rounded corners), with fill, stroke, stroke
 * width, line caps and joins, dashes and {@code transform}. Anything else fails with {@link
 * UnsupportedPictureException} when the file is read, never by leaving part of the drawing out.
 * Immutable and thread-safe once read.
 */
final class SvgPicture {

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
        SvgReader reader = new SvgReader(file);
        float[] viewBox = reader.root(root);
        return new SvgPicture(file, viewBox, reader.shapes());
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
}
