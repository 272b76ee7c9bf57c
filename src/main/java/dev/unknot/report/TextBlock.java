package dev.unknot.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A paragraph, a heading or one item of a list: wrapped text in one font, with space above and
 * below, optionally after a bullet or a label ("1.") hanging in the margin.
 */
final class TextBlock implements Block {
    static final float INDENT = 14;

    private final List<String> lines;
    private final PDFont font;
    private final float size;
    private final float[] color;
    private final float before;
    private final float after;
    private final Marker marker;
    private final boolean keepWithNext;

    /** What stands before a list item: nothing, a bullet, or a label such as "1.". */
    sealed interface Marker {}

    record None() implements Marker {}

    record Bullet() implements Marker {}

    record Label(String text) implements Marker {}

    /** Indented like a list item, with nothing before it: a list item's later lines. */
    record Hanging() implements Marker {}

    private TextBlock(
            WinAnsiText text,
            String words,
            PDFont font,
            float size,
            float[] color,
            float width,
            float before,
            float after,
            Marker marker,
            boolean keepWithNext) {
        this(
                text.wrap(words, font, size, marker instanceof None ? width : width - INDENT),
                font,
                size,
                color,
                before,
                after,
                marker,
                keepWithNext);
    }

    private TextBlock(
            List<String> lines,
            PDFont font,
            float size,
            float[] color,
            float before,
            float after,
            Marker marker,
            boolean keepWithNext) {
        this.lines = List.copyOf(lines);
        this.font = font;
        this.size = size;
        this.color = color;
        this.before = before;
        this.after = after;
        this.marker = marker;
        this.keepWithNext = keepWithNext;
    }

    /**
     * The same text as one block per line, for text too long for one page: it may break between any
     * two lines.
     */
    List<Block> byLine() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean first = i == 0;
            boolean last = i == lines.size() - 1;
            blocks.add(
                    new TextBlock(
                            List.of(lines.get(i)),
                            font,
                            size,
                            color,
                            first ? before : 0,
                            last ? after : 0,
                            first || marker instanceof None ? marker : new Hanging(),
                            first && keepWithNext));
        }
        return blocks;
    }

    static TextBlock heading(WinAnsiText text, String words, float size, float width) {
        return heading(text, words, size, Canvas.INK, width);
    }

    static TextBlock heading(
            WinAnsiText text, String words, float size, float[] color, float width) {
        return new TextBlock(
                text, words, Canvas.BOLD, size, color, width, size, 4, new None(), true);
    }

    static TextBlock paragraph(
            WinAnsiText text, String words, PDFont font, float size, float[] color, float width) {
        return new TextBlock(text, words, font, size, color, width, 0, 4, new None(), false);
    }

    static TextBlock bullet(WinAnsiText text, String words, float size, float width) {
        return new TextBlock(
                text, words, Canvas.REGULAR, size, Canvas.INK, width, 0, 3, new Bullet(), false);
    }

    static TextBlock numbered(WinAnsiText text, int number, String words, float size, float width) {
        return new TextBlock(
                text,
                words,
                Canvas.REGULAR,
                size,
                Canvas.INK,
                width,
                0,
                3,
                new Label(number + "."),
                false);
    }

    float leading() {
        return size * 1.3f;
    }

    @Override
    public float height() {
        return before + lines.size() * leading() + after;
    }

    @Override
    public boolean keepWithNext() {
        return keepWithNext;
    }

    @Override
    public void draw(Canvas canvas, float x, float top) throws IOException {
        float baseline = top - before - size;
        float textX = marker instanceof None ? x : x + INDENT;
        if (marker instanceof Bullet) {
            canvas.dot(x + 4, baseline + size * 0.33f, size * 0.16f, color);
        } else if (marker instanceof Label label) {
            canvas.text(label.text(), font, size, color, x, baseline);
        }
        for (String line : lines) {
            canvas.text(line, font, size, color, textX, baseline);
            baseline -= leading();
        }
    }
}
