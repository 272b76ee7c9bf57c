package dev.unknot.cli;

import java.io.PrintWriter;

/** The terminal's bell ({@code \u0007}) and the message as a line. */
final class TerminalBell implements Notifier {
    private final PrintWriter out;

    TerminalBell(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void notify(String title, String body) {
        out.println("\u0007" + title + (body.isEmpty() ? "" : ": " + body));
        out.flush();
    }
}
