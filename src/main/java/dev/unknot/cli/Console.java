package dev.unknot.cli;

import java.io.InputStream;

/**
 * Where the commands read what the person types, and whether a person is at a terminal (not a
 * pipe).
 */
public record Console(InputStream in, boolean interactive) {
    /** The process's own standard input. */
    public static Console system() {
        return new Console(System.in, System.console() != null);
    }
}
