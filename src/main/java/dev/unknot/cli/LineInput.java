package dev.unknot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Where the wizard reads a person's answers from: a terminal with line editing, or a plain pipe.
 */
interface LineInput {

    /** Shows the prompt and reads one line; empty at the end of input (Ctrl-D, a closed pipe). */
    Optional<String> readLine(String prompt);

    /** A key pressed while a countdown runs, without waiting; only a terminal has them. */
    default Optional<Character> pollKey() {
        return Optional.empty();
    }

    /** Starts reading single keys for {@link #pollKey()} (a terminal enters raw mode). */
    default void keysOn() {}

    /** Back to reading lines. */
    default void keysOff() {}

    /** Whether the output goes to a terminal that can redraw a line in place. */
    default boolean redraws() {
        return false;
    }

    /**
     * Reads answers from a pipe or file, one per line; the prompt is echoed so a transcript reads
     * naturally.
     */
    static LineInput pipe(BufferedReader reader, PrintWriter out) {
        return prompt -> {
            out.print(prompt);
            out.flush();
            try {
                String line = reader.readLine();
                if (line != null) {
                    out.println();
                }
                return Optional.ofNullable(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
