package dev.unknot.report;

import java.io.IOException;

/**
 * A piece of a page laid out at a known width: it knows its height before it is drawn, so pages can
 * be broken between blocks and never inside one (an exercise is one block).
 */
interface Block {
    /** The height in points, spacing included. */
    float height();

    /** Draws the block with its top edge at {@code top}. */
    void draw(Canvas canvas, float x, float top) throws IOException;

    /** Whether it must stay on the same page as the block after it (a heading). */
    default boolean keepWithNext() {
        return false;
    }
}
