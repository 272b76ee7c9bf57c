package dev.unknot.cli;

import java.io.PrintWriter;

/**
 * Tells the person a break is near or due: the desktop's own notifier where there is one ({@code
 * notify-send} on a Linux desktop), otherwise the terminal's bell and a line of text.
 */
interface Notifier {
    void notify(String title, String body);

    /**
     * The desktop notifier when {@code notify-send} is on the PATH and a display is set, else the
     * bell.
     */
    static Notifier forSystem(PrintWriter out) {
        boolean display =
                System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        return display && Programs.onPath("notify-send")
                ? new DesktopNotifier(new TerminalBell(out))
                : new TerminalBell(out);
    }
}
