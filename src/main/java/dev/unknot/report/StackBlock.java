package dev.unknot.report;

import java.io.IOException;
import java.util.List;

/**
 * Blocks kept together on one page, one under the other; as a panel, on a shaded background with a
 * margin inside (the clinician's note).
 */
final class StackBlock implements Block {
    static final float PANEL_PADDING = 8;

    private final List<Block> blocks;
    private final boolean panel;
    private final float width;

    private StackBlock(List<Block> blocks, boolean panel, float width) {
        this.blocks = List.copyOf(blocks);
        this.panel = panel;
        this.width = width;
    }

    static StackBlock of(List<Block> blocks) {
        return new StackBlock(blocks, false, 0);
    }

    /** A panel {@code width} wide; its blocks are laid out {@code 2 * PANEL_PADDING} narrower. */
    static StackBlock panel(List<Block> blocks, float width) {
        return new StackBlock(blocks, true, width);
    }

    private float inner() {
        return blocks.stream().map(Block::height).reduce(0f, Float::sum);
    }

    @Override
    public float height() {
        return panel ? inner() + 2 * PANEL_PADDING + 6 : inner();
    }

    @Override
    public void draw(Canvas canvas, float x, float top) throws IOException {
        float y = top;
        float left = x;
        if (panel) {
            canvas.fill(
                    x,
                    top - inner() - 2 * PANEL_PADDING,
                    width,
                    inner() + 2 * PANEL_PADDING,
                    Canvas.PANEL);
            y -= PANEL_PADDING;
            left += PANEL_PADDING;
        }
        for (Block block : blocks) {
            block.draw(canvas, left, y);
            y -= block.height();
        }
    }
}
