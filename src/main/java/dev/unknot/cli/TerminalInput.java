package dev.unknot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Reads answers on an interactive terminal through JLine (line editing, Ctrl-C and Ctrl-D handled).
 */
final class TerminalInput implements LineInput, AutoCloseable {
    private final Terminal terminal;
    private final LineReader reader;
    private Attributes rawMode;

    TerminalInput() {
        try {
            this.terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.reader = LineReaderBuilder.builder().terminal(terminal).build();
    }

    @Override
    public Optional<String> readLine(String prompt) {
        try {
            return Optional.of(reader.readLine(prompt));
        } catch (EndOfFileException | UserInterruptException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Character> pollKey() {
        if (rawMode == null) {
            return Optional.empty();
        }
        try {
            int key = terminal.reader().read(1L);
            return key >= 0 ? Optional.of((char) key) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void keysOn() {
        if (rawMode == null) {
            rawMode = terminal.enterRawMode();
        }
    }

    @Override
    public void keysOff() {
        if (rawMode != null) {
            terminal.setAttributes(rawMode);
            rawMode = null;
        }
    }

    @Override
    public boolean redraws() {
        return true;
    }

    @Override
    public void close() {
        keysOff();
        try {
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
