package dev.unknot.report;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * SVG's elliptical arc (the path command A) as the cubic curves PDF draws: the endpoint form turned
 * into centre and angles as the SVG specification's implementation notes do (F.6.5 and F.6.6, radii
 * too small to reach the end scaled up), then one curve per quarter turn at most.
 */
final class Arcs {
    private Arcs() {}

    /**
     * The curves from {@code (x1, y1)} to {@code (x2, y2)} along the ellipse of radii {@code rx}
     * and {@code ry} turned by {@code degrees}; a straight line when a radius is 0, nothing when
     * the ends are the same point.
     */
    static List<PathData.Segment> curves(
            float x1,
            float y1,
            float rx,
            float ry,
            float degrees,
            boolean large,
            boolean sweep,
            float x2,
            float y2) {
        List<PathData.Segment> segments = new ArrayList<>();
        if (x1 == x2 && y1 == y2) {
            return segments;
        }
        if (rx == 0 || ry == 0) {
            segments.add(new PathData.Line(new Point2D.Float(x2, y2)));
            return segments;
        }
        double a = Math.abs(rx);
        double b = Math.abs(ry);
        double phi = Math.toRadians(degrees);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = (x1 - x2) / 2.0;
        double dy = (y1 - y2) / 2.0;
        double x1p = cos * dx + sin * dy;
        double y1p = -sin * dx + cos * dy;
        double lambda = x1p * x1p / (a * a) + y1p * y1p / (b * b);
        if (lambda > 1) {
            a *= Math.sqrt(lambda);
            b *= Math.sqrt(lambda);
        }
        double numerator = a * a * b * b - a * a * y1p * y1p - b * b * x1p * x1p;
        double denominator = a * a * y1p * y1p + b * b * x1p * x1p;
        double coefficient = Math.sqrt(Math.max(0, numerator / denominator));
        if (large == sweep) {
            coefficient = -coefficient;
        }
        double cxp = coefficient * a * y1p / b;
        double cyp = -coefficient * b * x1p / a;
        double cx = cos * cxp - sin * cyp + (x1 + x2) / 2.0;
        double cy = sin * cxp + cos * cyp + (y1 + y2) / 2.0;
        double ux = (x1p - cxp) / a;
        double uy = (y1p - cyp) / b;
        double vx = (-x1p - cxp) / a;
        double vy = (-y1p - cyp) / b;
        double start = angle(1, 0, ux, uy);
        double turn = angle(ux, uy, vx, vy);
        if (!sweep && turn > 0) {
            turn -= 2 * Math.PI;
        } else if (sweep && turn < 0) {
            turn += 2 * Math.PI;
        }
        int pieces = (int) Math.ceil(Math.abs(turn) / (Math.PI / 2) - 1e-9);
        double step = turn / pieces;
        double t = 4.0 / 3.0 * Math.tan(step / 4);
        for (int i = 0; i < pieces; i++) {
            double from = start + i * step;
            double to = from + step;
            double[] p1 = point(cx, cy, a, b, cos, sin, from);
            double[] p2 = point(cx, cy, a, b, cos, sin, to);
            double[] d1 = tangent(a, b, cos, sin, from);
            double[] d2 = tangent(a, b, cos, sin, to);
            Point2D.Float end =
                    i == pieces - 1
                            ? new Point2D.Float(x2, y2)
                            : new Point2D.Float((float) p2[0], (float) p2[1]);
            segments.add(
                    new PathData.Curve(
                            new Point2D.Float(
                                    (float) (p1[0] + t * d1[0]), (float) (p1[1] + t * d1[1])),
                            new Point2D.Float(
                                    (float) (p2[0] - t * d2[0]), (float) (p2[1] - t * d2[1])),
                            end));
        }
        return segments;
    }

    private static double angle(double ux, double uy, double vx, double vy) {
        return Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    }

    private static double[] point(
            double cx, double cy, double a, double b, double cos, double sin, double angle) {
        double x = a * Math.cos(angle);
        double y = b * Math.sin(angle);
        return new double[] {cx + cos * x - sin * y, cy + sin * x + cos * y};
    }

    private static double[] tangent(double a, double b, double cos, double sin, double angle) {
        double x = -a * Math.sin(angle);
        double y = b * Math.cos(angle);
        return new double[] {cos * x - sin * y, sin * x + cos * y};
    }
}
