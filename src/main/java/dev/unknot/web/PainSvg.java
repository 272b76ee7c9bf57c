package dev.unknot.web;

import dev.unknot.care.PainPoint;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
        StringBuilder svg =
                open(scale ? "pain-chart" : "sparkline", width, height, words(points, from, to));
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

    /** The movement breaks per day between {@code from} and {@code to}, in words. */
    static String breakWords(Map<LocalDate, Integer> perDay, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        Map<LocalDate, Integer> inSpan = inSpan(perDay, from, to);
        int total = inSpan.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "No movement breaks recorded in the last " + days + " days.";
        }
        int most = inSpan.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return "Movement breaks over the last "
                + days
                + " days (taken or time away from the keyboard): "
                + total
                + " on "
                + inSpan.size()
                + (inSpan.size() == 1 ? " day" : " days")
                + ", at most "
                + most
                + " in a day.";
    }

    /**
     * A strip of bars under the pain chart, one per day on the same scale of days, each as tall as
     * that day's movement breaks against the busiest day.
     */
    static String breaks(Map<LocalDate, Integer> perDay, LocalDate from, LocalDate to) {
        int width = 600;
        int height = 60;
        double left = 24;
        double right = width - 2.0;
        StringBuilder svg = open("break-chart", width, height, breakWords(perDay, from, to));
        Map<LocalDate, Integer> inSpan = inSpan(perDay, from, to);
        int most = inSpan.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double bar = Math.max(2, (right - left) / (span + 1) * 0.6);
        double bottom = height - 2.0;
        inSpan.forEach(
                (day, count) -> {
                    double x = left + (right - left) * ChronoUnit.DAYS.between(from, day) / span;
                    double tall = (bottom - 14) * count / most;
                    svg.append(
                            String.format(
                                    Locale.ROOT,
                                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"break-bar\"/>"
                                            + "<text x=\"%.1f\" y=\"%.1f\" class=\"break-count\">%d</text>",
                                    Math.max(left, x - bar / 2),
                                    bottom - tall,
                                    bar,
                                    tall,
                                    x - 3,
                                    bottom - tall - 2,
                                    count));
                });
        return svg.append("</svg>").toString();
    }

    /** The opening of a drawing, named by {@code words} for screen readers and as its title. */
    private static StringBuilder open(String cssClass, int width, int height, String words) {
        String label = BodySvg.escape(words);
        return new StringBuilder()
                .append("<svg class=\"")
                .append(cssClass)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(label)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
                .append(label)
                .append("</title>");
    }

    private static Map<LocalDate, Integer> inSpan(
            Map<LocalDate, Integer> perDay, LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> inSpan = new TreeMap<>();
        perDay.forEach(
                (day, count) -> {
                    if (count > 0 && !day.isBefore(from) && !day.isAfter(to)) {
                        inSpan.put(day, count);
                    }
                });
        return inSpan;
    }

    private static double y(int pain, double top, double bottom) {
        return bottom - (bottom - top) * pain / 10.0;
    }
}
