package dev.unknot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Idle time from {@code xprintidle}, which prints the X11 idle time in milliseconds. */
final class XprintIdle implements IdleSource {
    @Override
    public Optional<Duration> idleTime() {
        try {
            Process process = new ProcessBuilder(List.of("xprintidle")).start();
            String printed;
            try (InputStream in = process.getInputStream()) {
                printed = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            }
            if (process.waitFor() != 0) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis(Long.parseLong(printed)));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
