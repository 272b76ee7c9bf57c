package dev.unknot.report;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One page being drawn: the content stream with the handout's two fonts and colours, and the few
 * things blocks draw (a line of text, a rule, a box, a dot). Coordinates are PDF points from the
 * page's lower left corner. Not thread-safe; one per page.
 */
final class Canvas {
    /**
     * Helvetica, one of the standard 14 fonts every PDF reader has: nothing is embedded, the file
     * stays small, and its WinAnsi encoding covers the English the knowledge base is written in.
     */
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    static final float[] INK = {0.13f, 0.13f, 0.13f};
    static final float[] MUTED = {0.35f, 0.35f, 0.35f};
    static final float[] RULE = {0.75f, 0.75f, 0.75f};
    static final float[] SHADE = {0.86f, 0.86f, 0.86f};
    static final float[] PANEL = {0.95f, 0.95f, 0.95f};
    static final float[] WARNING = {0.62f, 0.1f, 0.08f};

    private final PDPageContentStream out;

    Canvas(PDPageContentStream out) {
        this.out = out;
    }

    PDPageContentStream stream() {
        return out;
    }

    /** One line of text already made safe for {@code font}, its baseline at {@code baseline}. */
    void text(String safeText, PDFont font, float size, float[] color, float x, float baseline)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color[0], color[1], color[2]);
        out.newLineAtOffset(x, baseline);
        out.showText(safeText);
        out.endText();
    }

    /** A horizontal line. */
    void rule(float x, float y, float width, float[] color, float thickness) throws IOException {
        out.setStrokingColor(color[0], color[1], color[2]);
        out.setLineWidth(thickness);
        out.moveTo(x, y);
        out.lineTo(x + width, y);
        out.stroke();
    }

    /** A box filled with {@code color}. */
    void fill(float x, float y, float width, float height, float[] color) throws IOException {
        out.setNonStrokingColor(color[0], color[1], color[2]);
        out.addRect(x, y, width, height);
        out.fill();
    }

    /** The outline of a box. */
    void outline(float x, float y, float width, float height, float[] color) throws IOException {
        out.setStrokingColor(color[0], color[1], color[2]);
        out.setLineWidth(0.6f);
        out.addRect(x, y, width, height);
        out.stroke();
    }

    /** A filled round dot, a list's bullet. */
    void dot(float cx, float cy, float radius, float[] color) throws IOException {
        float k = radius * 0.5522848f;
        out.setNonStrokingColor(color[0], color[1], color[2]);
        out.moveTo(cx + radius, cy);
        out.curveTo(cx + radius, cy + k, cx + k, cy + radius, cx, cy + radius);
        out.curveTo(cx - k, cy + radius, cx - radius, cy + k, cx - radius, cy);
        out.curveTo(cx - radius, cy - k, cx - k, cy - radius, cx, cy - radius);
        out.curveTo(cx + k, cy - radius, cx + radius, cy - k, cx + radius, cy);
        out.fill();
    }
}
