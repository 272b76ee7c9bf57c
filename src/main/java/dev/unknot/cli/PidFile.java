package dev.unknot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** A file holding the process id of a run in the background, one number on one line. */
record PidFile(Path path) {
    /** The process id written there; empty when there is no file or it holds no number. */
    Optional<Long> pid() {
        try {
            return Optional.of(
                    Long.parseLong(Files.readString(path, StandardCharsets.US_ASCII).strip()));
        } catch (NoSuchFileException | NumberFormatException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    void write(long pid) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, pid + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path, e);
        }
    }
}
