package dev.unknot.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One exercise, kept whole on one page: its picture on the left, and beside it the name, when to do
 * it, the dose, the numbered steps and the notes.
 */
final class ExerciseBlock implements Block {
    static final float PICTURE_WIDTH = 136;
    static final float GAP = 14;
    private static final float PADDING = 9;

    private final Optional<SvgPicture> picture;
    private final float pictureHeight;
    private final List<TextBlock> column = new ArrayList<>();
    private final float width;

    ExerciseBlock(
            HandoutExercise exercise, Optional<SvgPicture> picture, WinAnsiText text, float width) {
        this.picture = picture;
        this.width = width;
        this.pictureHeight = picture.map(drawing -> PICTURE_WIDTH / drawing.aspect()).orElse(0f);
        float columnWidth = picture.isPresent() ? width - PICTURE_WIDTH - GAP : width;
        column.add(
                TextBlock.paragraph(
                        text, exercise.name(), Canvas.BOLD, 12.5f, Canvas.INK, columnWidth));
        column.add(
                TextBlock.paragraph(
                        text, exercise.schedule(), Canvas.REGULAR, 9, Canvas.MUTED, columnWidth));
        for (String dose : exercise.dose()) {
            column.add(
                    TextBlock.paragraph(text, dose, Canvas.BOLD, 10.5f, Canvas.INK, columnWidth));
        }
        int number = 1;
        for (String step : exercise.steps()) {
            column.add(TextBlock.numbered(text, number++, step, 10, columnWidth));
        }
        for (String note : exercise.notes()) {
            column.add(TextBlock.bullet(text, note, 9.5f, columnWidth));
        }
    }

    @Override
    public float height() {
        float text = column.stream().map(TextBlock::height).reduce(0f, Float::sum);
        return PADDING + Math.max(text, pictureHeight) + PADDING;
    }

    @Override
    public void draw(Canvas canvas, float x, float top) throws IOException {
        canvas.rule(x, top, width, Canvas.RULE, 0.6f);
        float textX = x;
        if (picture.isPresent()) {
            picture.get()
                    .paint(
                            canvas.stream(),
                            x,
                            top - PADDING - pictureHeight,
                            PICTURE_WIDTH,
                            pictureHeight);
            textX = x + PICTURE_WIDTH + GAP;
        }
        float y = top - PADDING;
        for (TextBlock block : column) {
            block.draw(canvas, textX, y);
            y -= block.height();
        }
    }
}
