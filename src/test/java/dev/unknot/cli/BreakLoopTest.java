package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.account.AccountLimits;
import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.app.TestClock;
import dev.unknot.breaks.BreakEvent;
import dev.unknot.breaks.BreakOutcome;
import dev.unknot.pathway.Breaks;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The break loop with an idle source: time away from the keyboard is a break. */
class BreakLoopTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T09:00:00Z"));
    private static final Instant AWAY = Instant.parse("2026-11-30T09:20:00Z");
    private static final Instant BACK = Instant.parse("2026-11-30T09:27:00Z");

    /** Away from the keyboard from 09:20 to 09:27, at it otherwise. */
    private Optional<Duration> idle() {
        Instant now = clock.instant();
        return Optional.of(
                !now.isBefore(AWAY) && now.isBefore(BACK)
                        ? Duration.between(AWAY, now)
                        : Duration.ofSeconds(2));
    }

    @Test
    void timeAwayFromTheKeyboardCountsAsABreakAndMovesTheNextOne() {
        try (App app = TestApps.inMemory("loop", AccountLimits.DEFAULT, clock)) {
            Breaks breaks = app.breaks(Optional.empty());
            StringWriter printed = new StringWriter();
            PrintWriter out = new PrintWriter(printed, true);

            new BreakLoop(
                            breaks,
                            "me",
                            clock,
                            clock::advance,
                            new TerminalBell(out),
                            this::idle,
                            Optional.of(new BufferedReader(new StringReader("q\n"))),
                            out,
                            Optional.empty())
                    .run();

            assertThat(printed.toString())
                    .contains("Next break at 09:30.")
                    .contains("Time away from the keyboard counted as a break.")
                    .contains("A movement break at 09:56")
                    .contains("1 away from the keyboard");
            assertThat(breaks.day("me", breaks.today()))
                    .containsExactly(new BreakEvent(AWAY, BreakOutcome.NATURAL, 300, List.of()));
            assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-30T09:56:00Z"));
        }
    }

    @Test
    void withoutInputABreakIsAReminderOnlyAndNothingIsRecorded() {
        try (App app = TestApps.inMemory("loop", AccountLimits.DEFAULT, clock)) {
            Breaks breaks = app.breaks(Optional.empty());
            StringWriter printed = new StringWriter();
            PrintWriter out = new PrintWriter(printed, true);

            new BreakLoop(
                            breaks,
                            "me",
                            clock,
                            clock::advance,
                            new TerminalBell(out),
                            IdleSource.NONE,
                            Optional.empty(),
                            out,
                            Optional.of(Instant.parse("2026-11-30T10:45:00Z")))
                    .run();

            assertThat(printed.toString())
                    .contains("Running without input: each break is a reminder only.")
                    .contains("\u0007Movement break now")
                    .contains("(a reminder only: nothing is recorded)");
            assertThat(printed.toString().split("Movement break now", -1)).hasSize(4);
            assertThat(breaks.day("me", breaks.today())).isEmpty();
        }
    }
}
