package dev.unknot.report;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of the weekly tick table: the exercise's name and a box for each day from Monday to
 * Sunday, shaded on the days it is not planned for. Without a row it is the table's heading: the
 * days' names.
 */
final class TickRowBlock implements Block {
    static final float DAY_WIDTH = 36;
    private static final float SIZE = 9.5f;

    private final Optional<TickTable.Row> row;
    private final List<String> name;
    private final float width;

    private TickRowBlock(Optional<TickTable.Row> row, WinAnsiText text, float width) {
        this.row = row;
        this.width = width;
        this.name =
                row.map(each -> text.wrap(each.exercise(), Canvas.REGULAR, SIZE, nameWidth() - 8))
                        .orElse(List.of(""));
    }

    static TickRowBlock heading(WinAnsiText text, float width) {
        return new TickRowBlock(Optional.empty(), text, width);
    }

    static TickRowBlock row(TickTable.Row row, WinAnsiText text, float width) {
        return new TickRowBlock(Optional.of(row), text, width);
    }

    private float nameWidth() {
        return width - 7 * DAY_WIDTH;
    }

    @Override
    public float height() {
        return Math.max(20, name.size() * SIZE * 1.25f + 8);
    }

    @Override
    public boolean keepWithNext() {
        return row.isEmpty();
    }

    @Override
    public void draw(Canvas canvas, float x, float top) throws IOException {
        float height = height();
        float bottom = top - height;
        float dayX = x + nameWidth();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (row.isEmpty()) {
                String label = day.getDisplayName(TextStyle.SHORT, Locale.UK);
                float labelWidth = WinAnsiText.width(label, Canvas.BOLD, SIZE);
                canvas.text(
                        label,
                        Canvas.BOLD,
                        SIZE,
                        Canvas.INK,
                        dayX + (DAY_WIDTH - labelWidth) / 2,
                        bottom + 6);
            } else {
                if (!row.get().planned(day)) {
                    canvas.fill(dayX, bottom, DAY_WIDTH, height, Canvas.SHADE);
                }
                canvas.outline(dayX, bottom, DAY_WIDTH, height, Canvas.RULE);
            }
            dayX += DAY_WIDTH;
        }
        if (row.isPresent()) {
            canvas.outline(x, bottom, nameWidth(), height, Canvas.RULE);
            float baseline = top - 4 - SIZE;
            for (String line : name) {
                canvas.text(line, Canvas.REGULAR, SIZE, Canvas.INK, x + 4, baseline);
                baseline -= SIZE * 1.25f;
            }
        } else {
            canvas.text("Exercise", Canvas.BOLD, SIZE, Canvas.INK, x + 4, bottom + 6);
        }
    }
}
