package dev.unknot.cli;

import dev.unknot.session.Command;
import dev.unknot.session.CountdownView;
import dev.unknot.session.GuidedSession;
import dev.unknot.session.TimedUnit;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;

/**
 * Shows a countdown with a text progress bar. On a terminal the line is redrawn in place every
 * second and single keys work while it runs (p pause, s skip, r repeat, q quit); on a pipe a line
 * is printed at the start, every {@value #PIPE_EVERY_SECONDS} real seconds and at the end.
 */
final class CountdownText implements CountdownView {
    static final int PIPE_EVERY_SECONDS = 5;
    private static final int WIDTH = 20;

    private final PrintWriter out;
    private final LineInput input;
    private final int speed;

    CountdownText(PrintWriter out, LineInput input, int speed) {
        this.out = out;
        this.input = input;
        this.speed = speed;
    }

    @Override
    public void started(GuidedSession.Tick start) {
        if (input.redraws()) {
            out.println("  (keys while the clock runs: p pause, s skip, r repeat, q quit)");
        }
        show(start);
    }

    @Override
    public void ticked(GuidedSession.Tick tick) {
        if (input.redraws()
                || tick.isUnitEnd()
                || tick.elapsed() % (PIPE_EVERY_SECONDS * speed) == 0) {
            show(tick);
        }
    }

    @Override
    public Optional<Command> poll() {
        return input.pollKey()
                .flatMap(
                        key ->
                                switch (Character.toLowerCase(key)) {
                                    case 'p', ' ' -> Optional.of(Command.PAUSE);
                                    case 's' -> Optional.of(Command.SKIP);
                                    case 'r' -> Optional.of(Command.REPEAT);
                                    case 'q' -> Optional.of(Command.QUIT);
                                    default -> Optional.empty();
                                });
    }

    @Override
    public Command whilePaused() {
        input.keysOff();
        try {
            while (true) {
                Optional<String> line =
                        input.readLine(
                                "\nPaused; the clock has stopped. Enter = go on, s = skip, r = repeat, q = quit\n> ");
                if (line.isEmpty()) {
                    return Command.QUIT;
                }
                switch (line.get().trim().toLowerCase(Locale.ROOT)) {
                    case "" -> {
                        return Command.RESUME;
                    }
                    case "s" -> {
                        return Command.SKIP;
                    }
                    case "r" -> {
                        return Command.REPEAT;
                    }
                    case "q" -> {
                        return Command.QUIT;
                    }
                    default ->
                            out.println(
                                    "Sorry, \""
                                            + line.get().trim()
                                            + "\" is not one of: Enter, s, r, q.");
                }
            }
        } finally {
            input.keysOn();
        }
    }

    private void show(GuidedSession.Tick tick) {
        String line = line(tick);
        if (input.redraws()) {
            out.print("\r" + line);
            if (tick.isUnitEnd()) {
                out.println();
            }
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** One line of the countdown, e.g. {@code left [##########..........] 0:15 / 0:30}. */
    static String line(GuidedSession.Tick tick) {
        TimedUnit unit = tick.unit();
        int filled = tick.elapsed() * WIDTH / unit.seconds();
        StringBuilder line =
                new StringBuilder(
                        String.format(
                                "  %-7s [%s%s] %6s / %s",
                                unit.rest() ? "rest" : unit.side().words(),
                                "#".repeat(filled),
                                ".".repeat(WIDTH - filled),
                                clock(tick.elapsed()),
                                clock(unit.seconds())));
        if (unit.isRepSet()) {
            int secondsPerRep = unit.seconds() / unit.repetitions();
            int rep = Math.min(unit.repetitions(), tick.elapsed() / secondsPerRep + 1);
            line.append(
                    tick.isUnitEnd()
                            ? "  " + unit.repetitions() + " repetitions"
                            : "  repetition " + rep + " of " + unit.repetitions());
        }
        if (tick.isUnitEnd()) {
            line.append("  done");
        }
        return line.toString();
    }

    static String clock(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
