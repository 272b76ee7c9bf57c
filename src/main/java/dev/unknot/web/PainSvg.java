package dev.unknot.web;

import dev.unknot.care.PainPoint;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Pain over a span of days drawn on the server as inline SVG (no script): a small sparkline for the
 * clinician's list and a larger chart with a 0-10 scale for a person's page. Each drawing carries
 * its text alternative ({@link #words}) as its accessible name.
 */
final class PainSvg {
    private PainSvg() {}

    /** The pain of {@code points} between {@code from} and {@code to}, in words. */
    static String words(List<PainPoint> points, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (points.isEmpty()) {
            return "No diary entries in the last " + days + " days.";
        }
        int first = points.get(0).pain();
        int last = points.get(points.size() - 1).pain();
        int highest = points.stream().mapToInt(PainPoint::pain).max().orElse(0);
        int lowest = points.stream().mapToInt(PainPoint::pain).min().orElse(0);
        return "Pain over the last "
                + days
                + " days: "
                + points.size()
                + (points.size() == 1 ? " entry" : " entries")
                + ", from "
                + first
                + " to "
                + last
                + " out of 10 (lowest "
                + lowest
                + ", highest "
                + highest
                + ").";
    }

    /** A small line of the pain, 0 at the bottom and 10 at the top. */
    static String sparkline(List<PainPoint> points, LocalDate from, LocalDate to) {
        return draw(points, from, to, 120, 32, 2, false);
    }

    /** A larger chart with its 0, 5 and 10 lines labelled and every entry a dot. */
    static String chart(List<PainPoint> points, LocalDate from, LocalDate to) {
        return draw(points, from, to, 600, 200, 24, true);
    }

    private static String draw(
            List<PainPoint> points,
            LocalDate from,
            LocalDate to,
            int width,
            int height,
            int margin,
            boolean scale) {
        String label = BodySvg.escape(words(points, from, to));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"")
                .append(scale ? "pain-chart" : "sparkline")
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(label)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
                .append(label)
                .append("</title>");
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double left = scale ? margin : 2;
        double right = width - 2.0;
        double top = scale ? 8 : 2;
        double bottom = height - (scale ? 8.0 : 2.0);
        if (scale) {
            for (int level : new int[] {0, 5, 10}) {
                double y = y(level, top, bottom);
                svg.append(
                        String.format(
                                Locale.ROOT,
                                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"pain-grid\"/>"
                                        + "<text x=\"2\" y=\"%.1f\" class=\"pain-scale\">%d</text>",
                                left,
                                y,
                                right,
                                y,
                                y + 4,
                                level));
            }
        }
        StringBuilder line = new StringBuilder();
        for (PainPoint point : points) {
            double x = left + (right - left) * ChronoUnit.DAYS.between(from, point.date()) / span;
            double y = y(point.pain(), top, bottom);
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            if (scale || points.size() == 1) {
                svg.append(
                        String.format(
                                Locale.ROOT,
                                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%d\" class=\"pain-dot\"/>",
                                x,
                                y,
                                scale ? 4 : 2));
            }
        }
        if (points.size() > 1) {
            svg.append("<polyline class=\"pain-line\" points=\"")
                    .append(line.toString().strip())
                    .append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static double y(int pain, double top, double bottom) {
        return bottom - (bottom - top) * pain / 10.0;
    }
}
