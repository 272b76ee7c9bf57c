package dev.unknot.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text for the standard PDF fonts, which encode only WinAnsi (Windows-1252): every character the
 * font cannot show is replaced by a safe equivalent ("≤" by "<=", "→" by "->", "ő" by "o") or, as a
 * last resort, "?", so a knowledge entry or a clinician's note with an unusual character prints
 * instead of failing the whole handout. Also measures and wraps lines. Thread-safe.
 */
final class WinAnsiText {
    private static final Map<Integer, String> EQUIVALENTS =
            Map.ofEntries(
                    Map.entry(0x2264, "<="),
                    Map.entry(0x2265, ">="),
                    Map.entry(0x2260, "!="),
                    Map.entry(0x2192, "->"),
                    Map.entry(0x2190, "<-"),
                    Map.entry(0x2194, "<->"),
                    Map.entry(0x2191, "^"),
                    Map.entry(0x2193, "v"),
                    Map.entry(0x2212, "-"),
                    Map.entry(0x2010, "-"),
                    Map.entry(0x2011, "-"),
                    Map.entry(0x2012, "-"),
                    Map.entry(0x2013, "-"),
                    Map.entry(0x2014, "-"),
                    Map.entry(0x2015, "-"),
                    Map.entry(0x2018, "'"),
                    Map.entry(0x2019, "'"),
                    Map.entry(0x201A, ","),
                    Map.entry(0x201C, "\""),
                    Map.entry(0x201D, "\""),
                    Map.entry(0x201E, "\""),
                    Map.entry(0x2026, "..."),
                    Map.entry(0x2022, "-"),
                    Map.entry(0x2713, "v"),
                    Map.entry(0x2714, "v"),
                    Map.entry(0x2717, "x"),
                    Map.entry(0x00D7, "x"),
                    Map.entry(0x2009, " "),
                    Map.entry(0x200A, " "),
                    Map.entry(0x202F, " "),
                    Map.entry(0x00A0, " "),
                    Map.entry(0x0141, "L"),
                    Map.entry(0x0142, "l"),
                    Map.entry(0x0110, "D"),
                    Map.entry(0x0111, "d"),
                    Map.entry(0x0131, "i"),
                    Map.entry(0x200B, ""),
                    Map.entry(0xFEFF, ""));

    private final Map<Integer, Boolean> encodable = new ConcurrentHashMap<>();

    /**
     * {@code text} as {@code font} can show it. The typographic dashes and quotes become plain ones
     * even where WinAnsi has them, so that text read back from the PDF is the same plain text.
     */
    String safe(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        point -> {
                            if (Character.isWhitespace(point) || Character.isISOControl(point)) {
                                out.append(' ');
                            } else if (EQUIVALENTS.containsKey(point)) {
                                out.append(EQUIVALENTS.get(point));
                            } else if (canShow(point, font)) {
                                out.appendCodePoint(point);
                            } else {
                                out.append(fallback(point, font));
                            }
                        });
        return out.toString();
    }

    /** The letters without their accents where those can be shown ("ő" to "o"), else "?". */
    private String fallback(int point, PDFont font) {
        String plain =
                Normalizer.normalize(new String(Character.toChars(point)), Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}", "");
        if (!plain.isEmpty() && plain.codePoints().allMatch(each -> canShow(each, font))) {
            return plain;
        }
        return "?";
    }

    private boolean canShow(int point, PDFont font) {
        return encodable.computeIfAbsent(
                point,
                each -> {
                    try {
                        font.encode(new String(Character.toChars(each)));
                        return true;
                    } catch (IllegalArgumentException | IOException e) {
                        return false;
                    }
                });
    }

    /** The width of safe text in points. */
    static float width(String safeText, PDFont font, float size) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code text} made safe and broken into lines no wider than {@code width}; a word longer than
     * a line (an address) is broken where it must.
     */
    List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(text, font).trim().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
