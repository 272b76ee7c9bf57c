package dev.unknot.report;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The outline of one SVG shape as PDF draws it: moves, straight lines, cubic curves and closes in
 * absolute coordinates. Reads SVG path data (M, L, H, V, C, S, Q, T, A and Z, each absolute or
 * relative; quadratic curves and elliptical arcs become the cubic curves PDF draws; an arc's two
 * flags must stand apart as 0 or 1) and builds lines, polylines, ellipses and rounded rectangles.
 */
record PathData(List<Segment> segments) {
    private static final Pattern TOKEN =
            Pattern.compile("\\s*,?\\s*([A-Za-z]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)");

    /** How far a cubic curve's control points sit along the tangent to draw a quarter circle. */
    private static final float KAPPA = 0.5522848f;

    PathData {
        segments = List.copyOf(segments);
    }

    /** One piece of an outline. */
    sealed interface Segment {
        void draw(PDPageContentStream out) throws IOException;

        Segment transformed(AffineTransform transform);
    }

    record Move(Point2D.Float to) implements Segment {
        @Override
        public void draw(PDPageContentStream out) throws IOException {
            out.moveTo(to.x, to.y);
        }

        @Override
        public Segment transformed(AffineTransform transform) {
            return new Move(map(transform, to));
        }
    }

    record Line(Point2D.Float to) implements Segment {
        @Override
        public void draw(PDPageContentStream out) throws IOException {
            out.lineTo(to.x, to.y);
        }

        @Override
        public Segment transformed(AffineTransform transform) {
            return new Line(map(transform, to));
        }
    }

    record Curve(Point2D.Float first, Point2D.Float second, Point2D.Float to) implements Segment {
        @Override
        public void draw(PDPageContentStream out) throws IOException {
            out.curveTo(first.x, first.y, second.x, second.y, to.x, to.y);
        }

        @Override
        public Segment transformed(AffineTransform transform) {
            return new Curve(map(transform, first), map(transform, second), map(transform, to));
        }
    }

    record Close() implements Segment {
        @Override
        public void draw(PDPageContentStream out) throws IOException {
            out.closePath();
        }

        @Override
        public Segment transformed(AffineTransform transform) {
            return this;
        }
    }

    PathData transformed(AffineTransform transform) {
        return new PathData(segments.stream().map(each -> each.transformed(transform)).toList());
    }

    /** Where the outline starts and a point it heads towards from there. */
    Point2D.Float[] start() {
        Point2D.Float from = point(segments.get(0));
        for (Segment segment : segments.subList(1, segments.size())) {
            List<Point2D.Float> points =
                    segment instanceof Curve curve
                            ? List.of(curve.first(), curve.second(), curve.to())
                            : segment instanceof Close ? List.of() : List.of(point(segment));
            for (Point2D.Float point : points) {
                if (!point.equals(from)) {
                    return new Point2D.Float[] {from, point};
                }
            }
        }
        return new Point2D.Float[] {from, new Point2D.Float(from.x + 1, from.y)};
    }

    /** A point the outline comes from at its end, and where it ends. */
    Point2D.Float[] end() {
        Point2D.Float previous = point(segments.get(0));
        Point2D.Float before = new Point2D.Float(previous.x - 1, previous.y);
        Point2D.Float subpathStart = previous;
        for (Segment segment : segments) {
            Point2D.Float to;
            Point2D.Float control = previous;
            if (segment instanceof Close) {
                to = subpathStart;
            } else if (segment instanceof Curve curve) {
                to = curve.to();
                control = curve.second().equals(to) ? curve.first() : curve.second();
            } else {
                to = point(segment);
            }
            if (segment instanceof Move) {
                subpathStart = to;
            } else if (!to.equals(control)) {
                before = control;
            }
            previous = to;
        }
        return new Point2D.Float[] {before, previous};
    }

    private static Point2D.Float point(Segment segment) {
        if (segment instanceof Move move) {
            return move.to();
        }
        if (segment instanceof Line line) {
            return line.to();
        }
        if (segment instanceof Curve curve) {
            return curve.to();
        }
        throw new IllegalStateException("a close has no point of its own");
    }

    private static Point2D.Float map(AffineTransform transform, Point2D.Float point) {
        Point2D.Float mapped = new Point2D.Float();
        transform.transform(point, mapped);
        return mapped;
    }

    private static Point2D.Float at(float x, float y) {
        return new Point2D.Float(x, y);
    }

    static PathData line(float x1, float y1, float x2, float y2) {
        return new PathData(List.of(new Move(at(x1, y1)), new Line(at(x2, y2))));
    }

    static PathData polyline(List<Point2D.Float> points, boolean closed) {
        List<Segment> segments = new ArrayList<>();
        segments.add(new Move(points.get(0)));
        points.subList(1, points.size()).forEach(point -> segments.add(new Line(point)));
        if (closed) {
            segments.add(new Close());
        }
        return new PathData(segments);
    }

    static PathData ellipse(float cx, float cy, float rx, float ry) {
        float kx = rx * KAPPA;
        float ky = ry * KAPPA;
        return new PathData(
                List.of(
                        new Move(at(cx + rx, cy)),
                        new Curve(at(cx + rx, cy + ky), at(cx + kx, cy + ry), at(cx, cy + ry)),
                        new Curve(at(cx - kx, cy + ry), at(cx - rx, cy + ky), at(cx - rx, cy)),
                        new Curve(at(cx - rx, cy - ky), at(cx - kx, cy - ry), at(cx, cy - ry)),
                        new Curve(at(cx + kx, cy - ry), at(cx + rx, cy - ky), at(cx + rx, cy)),
                        new Close()));
    }

    static PathData rect(float x, float y, float width, float height, float rx, float ry) {
        float cornerX = Math.min(rx, width / 2);
        float cornerY = Math.min(ry, height / 2);
        if (cornerX <= 0 || cornerY <= 0) {
            return polyline(
                    List.of(
                            at(x, y),
                            at(x + width, y),
                            at(x + width, y + height),
                            at(x, y + height)),
                    true);
        }
        float kx = cornerX * (1 - KAPPA);
        float ky = cornerY * (1 - KAPPA);
        float right = x + width;
        float bottom = y + height;
        return new PathData(
                List.of(
                        new Move(at(x + cornerX, y)),
                        new Line(at(right - cornerX, y)),
                        new Curve(at(right - kx, y), at(right, y + ky), at(right, y + cornerY)),
                        new Line(at(right, bottom - cornerY)),
                        new Curve(
                                at(right, bottom - ky),
                                at(right - kx, bottom),
                                at(right - cornerX, bottom)),
                        new Line(at(x + cornerX, bottom)),
                        new Curve(at(x + kx, bottom), at(x, bottom - ky), at(x, bottom - cornerY)),
                        new Line(at(x, y + cornerY)),
                        new Curve(at(x, y + ky), at(x + kx, y), at(x + cornerX, y)),
                        new Close()));
    }

    /** Numbers separated by spaces or commas, as attributes hold them. */
    static float[] numbers(String text, String file, String what) {
        List<String> tokens = tokens(text, file, what);
        float[] numbers = new float[tokens.size()];
        for (int i = 0; i < numbers.length; i++) {
            if (Character.isLetter(tokens.get(i).charAt(0))) {
                throw new UnsupportedPictureException(file, what + " must be numbers: " + text);
            }
            numbers[i] = Float.parseFloat(tokens.get(i));
        }
        return numbers;
    }

    private static List<String> tokens(String text, String file, String what) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length() && matcher.find(at) && matcher.start() == at) {
            tokens.add(matcher.group(1));
            at = matcher.end();
        }
        if (!text.substring(at).isBlank()) {
            throw new UnsupportedPictureException(
                    file, "cannot read " + what + " from '" + text.substring(at).trim() + "'");
        }
        return tokens;
    }

    /** SVG path data ({@code d}). */
    static PathData parse(String d, String file) {
        List<String> tokens = tokens(d, file, "path data");
        List<Segment> segments = new ArrayList<>();
        float x = 0;
        float y = 0;
        float startX = 0;
        float startY = 0;
        // S mirrors the last cubic control point, T the last quadratic one (else the current point)
        Point2D.Float cubic = null;
        Point2D.Float quadratic = null;
        char command = 0;
        int i = 0;
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (Character.isLetter(token.charAt(0))) {
                command = token.charAt(0);
                i++;
                if ("MmLlHhVvCcSsQqTtAaZz".indexOf(command) < 0) {
                    throw new UnsupportedPictureException(
                            file, "cannot draw the path command " + command);
                }
            } else if (command == 0) {
                throw new UnsupportedPictureException(file, "path data must start with M");
            }
            if (segments.isEmpty() && Character.toUpperCase(command) != 'M') {
                throw new UnsupportedPictureException(file, "path data must start with M");
            }
            boolean relative = Character.isLowerCase(command);
            float baseX = relative ? x : 0;
            float baseY = relative ? y : 0;
            char upper = Character.toUpperCase(command);
            int needed =
                    switch (upper) {
                        case 'Z' -> 0;
                        case 'H', 'V' -> 1;
                        case 'M', 'L', 'T' -> 2;
                        case 'S', 'Q' -> 4;
                        case 'A' -> 7;
                        default -> 6;
                    };
            if (i + needed > tokens.size()) {
                throw new UnsupportedPictureException(
                        file, "path command " + command + " needs " + needed + " numbers");
            }
            float[] n = new float[needed];
            for (int k = 0; k < needed; k++) {
                String number = tokens.get(i + k);
                if (Character.isLetter(number.charAt(0))) {
                    throw new UnsupportedPictureException(
                            file, "path command " + command + " needs " + needed + " numbers");
                }
                n[k] = Float.parseFloat(number);
            }
            i += needed;
            Point2D.Float nextCubic = null;
            Point2D.Float nextQuadratic = null;
            switch (upper) {
                case 'Z' -> {
                    segments.add(new Close());
                    x = startX;
                    y = startY;
                }
                case 'M' -> {
                    x = baseX + n[0];
                    y = baseY + n[1];
                    startX = x;
                    startY = y;
                    segments.add(new Move(at(x, y)));
                    // further pairs after a move are lines
                    command = relative ? 'l' : 'L';
                }
                case 'L', 'H', 'V' -> {
                    x = upper == 'V' ? x : baseX + n[0];
                    y = upper == 'H' ? y : baseY + n[upper == 'L' ? 1 : 0];
                    segments.add(new Line(at(x, y)));
                }
                case 'A' -> {
                    if (!isFlag(tokens.get(i - 4)) || !isFlag(tokens.get(i - 3))) {
                        throw new UnsupportedPictureException(
                                file, "the arc's flags must be 0 or 1, written apart");
                    }
                    float toX = baseX + n[5];
                    float toY = baseY + n[6];
                    segments.addAll(
                            Arcs.curves(x, y, n[0], n[1], n[2], n[3] == 1, n[4] == 1, toX, toY));
                    x = toX;
                    y = toY;
                }
                case 'C', 'S' -> {
                    Point2D.Float first =
                            upper == 'C'
                                    ? at(baseX + n[0], baseY + n[1])
                                    : cubic != null ? mirror(cubic, x, y) : at(x, y);
                    int o = upper == 'C' ? 2 : 0;
                    Point2D.Float second = at(baseX + n[o], baseY + n[o + 1]);
                    x = baseX + n[o + 2];
                    y = baseY + n[o + 3];
                    segments.add(new Curve(first, second, at(x, y)));
                    nextCubic = second;
                }
                default -> {
                    // Q and T: a quadratic curve, raised to the cubic PDF draws
                    Point2D.Float control =
                            upper == 'Q'
                                    ? at(baseX + n[0], baseY + n[1])
                                    : quadratic != null ? mirror(quadratic, x, y) : at(x, y);
                    int o = upper == 'Q' ? 2 : 0;
                    float toX = baseX + n[o];
                    float toY = baseY + n[o + 1];
                    segments.add(
                            new Curve(
                                    at(x + 2f / 3 * (control.x - x), y + 2f / 3 * (control.y - y)),
                                    at(
                                            toX + 2f / 3 * (control.x - toX),
                                            toY + 2f / 3 * (control.y - toY)),
                                    at(toX, toY)));
                    x = toX;
                    y = toY;
                    nextQuadratic = control;
                }
            }
            cubic = nextCubic;
            quadratic = nextQuadratic;
        }
        if (segments.isEmpty()) {
            throw new UnsupportedPictureException(file, "empty path data");
        }
        return new PathData(segments);
    }

    private static boolean isFlag(String token) {
        return token.equals("0") || token.equals("1");
    }

    private static Point2D.Float mirror(Point2D.Float control, float x, float y) {
        return at(2 * x - control.x, 2 * y - control.y);
    }
}
