package dev.unknot.cli;

import java.io.IOException;
import java.util.List;

/**
 * A desktop notification through {@code notify-send}; when it cannot be run, {@code fallback} (the
 * terminal bell) says it instead.
 */
final class DesktopNotifier implements Notifier {
    private final Notifier fallback;

    DesktopNotifier(Notifier fallback) {
        this.fallback = fallback;
    }

    @Override
    public void notify(String title, String body) {
        try {
            Process process =
                    new ProcessBuilder(List.of("notify-send", "--app-name=unknot", title, body))
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            if (process.waitFor() != 0) {
                fallback.notify(title, body);
            }
        } catch (IOException e) {
            fallback.notify(title, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
