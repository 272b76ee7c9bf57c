package dev.unknot.cli;

import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakKind;
import dev.unknot.breaks.BreakOffer;
import dev.unknot.breaks.BreakSchedule;
import dev.unknot.breaks.BreakStatus;
import dev.unknot.breaks.Postponement;
import dev.unknot.knowledge.BreakExercise;
import dev.unknot.pathway.Breaks;
import dev.unknot.session.Sleeper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code unknot breaks} in the foreground: waits for the schedule, sends the notice, shows the
 * break with its exercises and a timer, and reads one line for what the person wants ({@code t}
 * take, {@code p} postpone, {@code s} skip, {@code z} pause an hour, {@code d} done for today,
 * {@code q} quit), so it runs over a pipe as well as at a terminal. Waiting goes through the {@link
 * Sleeper} and time comes from the clock, so a test drives a whole day. Without input (in the
 * background) a due break is a reminder only: the count starts again and nothing is recorded but
 * what the idle source sees.
 */
final class BreakLoop {
    /** How often idle time is read while waiting (and the longest single wait). */
    static final Duration POLL = Duration.ofMinutes(1);

    /** How the first line of a run begins (a background start waits for it in the log). */
    static final String HEADING = "Movement breaks for '";

    /** How often the break timer prints the time left. */
    static final int TIMER_STEP_SECONDS = 15;

    private final Breaks breaks;
    private final String profile;
    private final BreakSchedule schedule;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Notifier notifier;
    private final IdleSource idle;
    private final Optional<BufferedReader> in;
    private final PrintWriter out;
    private final BreakText text;
    private final Optional<Instant> until;
    private int number;
    private Class<?> shown;

    BreakLoop(
            Breaks breaks,
            String profile,
            Clock clock,
            Sleeper sleeper,
            Notifier notifier,
            IdleSource idle,
            Optional<BufferedReader> in,
            PrintWriter out,
            Optional<Instant> until) {
        this.breaks = breaks;
        this.profile = profile;
        this.schedule = breaks.schedule(profile);
        this.clock = clock;
        this.sleeper = sleeper;
        this.notifier = notifier;
        this.idle = idle;
        this.in = in;
        this.out = out;
        this.until = until;
        this.text = new BreakText(breaks.knowledge(), clock.getZone());
        this.number = breaks.summary(profile, breaks.today(), schedule.settings()).taken();
    }

    void run() {
        out.println(
                HEADING
                        + profile
                        + "': every "
                        + schedule.settings().everyMinutes()
                        + " minutes, "
                        + schedule.settings().hours().start()
                        + "-"
                        + schedule.settings().hours().end()
                        + " "
                        + BreakText.days(schedule.settings().hours())
                        + ".");
        out.println(
                in.isPresent()
                        ? "At a break: t take it, p postpone, s skip, z pause 1 hour, d done for today, q quit."
                        : "Running without input: each break is a reminder only.");
        out.flush();
        while (!finished()) {
            idle.idleTime()
                    .flatMap(schedule::idle)
                    .ifPresent(
                            event -> {
                                breaks.record(profile, event);
                                say("Time away from the keyboard counted as a break.");
                            });
            BreakStatus status = schedule.status();
            if (status instanceof BreakStatus.Off) {
                say("Movement breaks are off: 'unknot breaks settings --on' turns them on.");
                break;
            } else if (status instanceof BreakStatus.Notice notice) {
                notifier.notify(
                        "A movement break at " + text.time(notice.breakAt()),
                        notice.kind().words() + " in " + minutesUntil(notice.breakAt()) + ".");
                schedule.noticeShown();
            } else if (status instanceof BreakStatus.Due due) {
                if (!atBreak(due)) {
                    break;
                }
            } else {
                describeOnce(status);
                waitUntil(status.until().orElse(clock.instant().plus(POLL)));
            }
        }
        out.print(text.summary(breaks.summary(profile, breaks.today())));
        out.flush();
    }

    private boolean finished() {
        return until.isPresent() && !clock.instant().isBefore(until.get());
    }

    private String minutesUntil(Instant at) {
        long seconds = Duration.between(clock.instant(), at).toSeconds();
        long minutes = Math.max(1, (seconds + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    private void describeOnce(BreakStatus status) {
        if (status.getClass() == shown) {
            return;
        }
        shown = status.getClass();
        if (status instanceof BreakStatus.Waiting waiting) {
            say("Next break at " + text.time(waiting.breakAt()) + ".");
        } else if (status instanceof BreakStatus.OffHours off) {
            say(
                    "No break due now; the next working time starts "
                            + text.dayTime(off.nextStart())
                            + ".");
        } else if (status instanceof BreakStatus.Paused paused) {
            say("Paused until " + text.dayTime(paused.pausedUntil()) + ".");
        }
    }

    /** Waits until {@code at} in steps of at most {@link #POLL}, or until the loop should end. */
    private void waitUntil(Instant at) {
        Instant now = clock.instant();
        Instant target = until.filter(end -> end.isBefore(at)).orElse(at);
        Duration wait = Duration.between(now, target);
        if (wait.compareTo(POLL) > 0) {
            wait = POLL;
        }
        sleeper.sleep(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }

    /** Shows a due break and does what the person answers; false when they quit. */
    private boolean atBreak(BreakStatus.Due due) {
        shown = null;
        BreakOffer offer = breaks.offer(profile, due.kind(), number);
        notifier.notify("Movement break now", firstWords(offer, due.kind()));
        List<BreakExercise> exercises = show(offer, due.kind());
        if (in.isEmpty()) {
            schedule.skip();
            out.println("(a reminder only: nothing is recorded)");
            out.flush();
            return true;
        }
        while (true) {
            out.println(
                    due.mayPostpone()
                            ? "[t] take it  [p] postpone "
                                    + schedule.settings().postponeMinutes()
                                    + " min  [s] skip  [z] pause 1 hour  [d] done for today  [q] quit"
                            : "[t] take it  [s] skip  [z] pause 1 hour  [d] done for today  [q] quit");
            out.flush();
            String answer =
                    readLine().map(line -> line.strip().toLowerCase(Locale.ROOT)).orElse("q");
            switch (answer) {
                case "t" -> {
                    take(due.kind(), exercises);
                    shown = BreakStatus.Waiting.class;
                    return true;
                }
                case "p" -> {
                    Postponement postponement = schedule.postpone();
                    if (postponement instanceof Postponement.Postponed postponed) {
                        breaks.record(profile, postponed.event());
                        say("Postponed to " + text.time(postponed.until()) + ".");
                        shown = BreakStatus.Waiting.class;
                        return true;
                    }
                    say("Not postponed: " + ((Postponement.Refused) postponement).why() + ".");
                }
                case "s" -> {
                    breaks.record(profile, schedule.skip());
                    say("Skipped. Nothing more until the next break at " + nextBreak() + ".");
                    shown = BreakStatus.Waiting.class;
                    return true;
                }
                case "z" -> {
                    schedule.pauseFor(Duration.ofHours(1));
                    say("Paused for an hour.");
                    return true;
                }
                case "d" -> {
                    schedule.pauseUntilTomorrow();
                    say("Done for today.");
                    return true;
                }
                case "q" -> {
                    return false;
                }
                default -> say("Type t, p, s, z, d or q, then Enter.");
            }
        }
    }

    /**
     * A break now, whatever the schedule says: what it offers, then {@code t} to take it with the
     * timer (recorded) or anything else to leave it.
     */
    void breakNow() {
        BreakStatus status = schedule.status();
        BreakKind kind =
                status instanceof BreakStatus.Waiting waiting
                        ? waiting.kind()
                        : status instanceof BreakStatus.Due due ? due.kind() : BreakKind.SHORT;
        List<BreakExercise> exercises = show(breaks.offer(profile, kind, number), kind);
        out.println("[t] take it now  [q] leave it");
        out.flush();
        String answer = readLine().map(line -> line.strip().toLowerCase(Locale.ROOT)).orElse("q");
        if (answer.equals("t")) {
            take(kind, exercises);
        } else {
            say("Left: nothing recorded.");
        }
    }

    /** Shows what a break offers; the exercises to time (none while red flags rule). */
    private List<BreakExercise> show(BreakOffer offer, BreakKind kind) {
        out.println();
        out.println("Time for " + kind.words() + ".");
        List<BreakExercise> exercises = new ArrayList<>();
        if (offer instanceof BreakOffer.GetHelp help) {
            out.println(help.headline());
            out.println(help.action());
            out.println("No exercises for now: stand up and move about gently if you can.");
        } else if (offer instanceof BreakOffer.Exercises offered) {
            exercises.addAll(offered.exercises());
            for (BreakExercise exercise : exercises) {
                out.println("  " + exercise.name() + " (" + exercise.seconds() + " s)");
                for (String step : exercise.steps()) {
                    out.println("    - " + step);
                }
            }
        }
        out.flush();
        return exercises;
    }

    private String nextBreak() {
        BreakStatus status = schedule.status();
        return status instanceof BreakStatus.Waiting waiting
                ? text.time(waiting.breakAt())
                : status instanceof BreakStatus.OffHours off
                        ? text.dayTime(off.nextStart())
                        : "later";
    }

    private void take(BreakKind kind, List<BreakExercise> exercises) {
        Instant started = clock.instant();
        List<BreakExercise> timed = exercises;
        if (timed.isEmpty()) {
            timed = List.of();
            timer("Stand up and move about gently", 60);
        }
        for (BreakExercise exercise : timed) {
            timer(exercise.name(), exercise.seconds());
        }
        if (kind == BreakKind.LONG) {
            long done = Duration.between(started, clock.instant()).toSeconds();
            long rest = schedule.settings().longBreak().toSeconds() - done;
            if (rest > 0) {
                timer("Away from the screen", (int) rest);
            }
        }
        BreakEvent event =
                schedule.taken(started, exercises.stream().map(BreakExercise::id).toList());
        breaks.record(profile, event);
        number++;
        say("Break done (" + event.seconds() + " s). Next break at " + nextBreak() + ".");
    }

    private void timer(String name, int seconds) {
        out.println(name + ": " + clockFace(seconds) + " to go");
        out.flush();
        int left = seconds;
        while (left > 0) {
            int step = Math.min(TIMER_STEP_SECONDS, left);
            sleeper.sleep(Duration.ofSeconds(step));
            left -= step;
            out.println("  " + clockFace(left) + (left == 0 ? "  done" : ""));
            out.flush();
        }
    }

    private static String clockFace(int seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    private static String firstWords(BreakOffer offer, BreakKind kind) {
        if (offer instanceof BreakOffer.Exercises exercises) {
            return exercises.exercises().stream()
                    .map(BreakExercise::name)
                    .reduce((a, b) -> a + ", " + b)
                    .orElse(kind.words());
        }
        return "Stand up and move about gently.";
    }

    private Optional<String> readLine() {
        try {
            return Optional.ofNullable(in.orElseThrow().readLine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
