package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.app.InternalCodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person reads in the terminal is plain words: the real commands, run the way {@code Main}
 * runs them over typed wizards, rules, explanations, a session and measures, print no internal code
 * of the one shared list ({@link InternalCodes}, which has its own planted-code tests).
 */
class PlainWordsTest {
    @TempDir Path directory;

    private static final String SAFETY_NO = "no\n".repeat(17);
    private static final String KNOT =
            "above the hip\nright\ntight band\nno\ninto the buttock\n3 days\n6/10\n38\n"
                    + "a lot of sitting, lifting\ntennis ball, ice pack\n";

    private CliRun.Home home() {
        return new CliRun.Home(directory).sleepingWith(Duration -> {});
    }

    private List<String> scenarios() {
        List<String> texts = new ArrayList<>();
        texts.add(
                CliRun.run("assess", "--text", "I can't control my bladder and my legs are weak")
                        .out());
        texts.add(
                CliRun.typing(
                                "no\n".repeat(7) + "yes\n" + "no\n".repeat(9),
                                "assess",
                                "--color=never")
                        .out());
        texts.add(CliRun.typing(SAFETY_NO + KNOT.replace("6/10", "9"), "assess").out());
        texts.add(CliRun.typing(SAFETY_NO + KNOT, "assess").out());
        texts.add(CliRun.run("assess", "--answers", "examples/intake.json").out());
        texts.add(
                CliRun.run("assess", "--text", "knot above my left hip, not sure about fever")
                        .out());
        texts.add(
                CliRun.typing(
                                "\n" + SAFETY_NO + KNOT,
                                "assess",
                                "--text",
                                "tight knot above my left hip for three days, no tingling, no fever",
                                "--ask-rest")
                        .out());
        CliRun unclear = CliRun.typing("what\nyes\nboth\n", "assess");
        texts.add(unclear.out() + unclear.err());
        texts.add(CliRun.typing("idk\n" + "n\n".repeat(16) + KNOT, "assess").out());
        texts.add(CliRun.run("rules").out());
        for (String rule : List.of("R1", "R3", "R7", "R11", "R18", "R20", "R26")) {
            texts.add(CliRun.run("explain", rule).out());
        }
        CliRun.Home home = home();
        home.run("assess", "--answers=examples/intake.json", "--save");
        texts.add(
                home.typing(
                                "no\n".repeat(6) + "6\n" + "s\n".repeat(8) + "\n3\n",
                                "session",
                                "--speed=1000",
                                "--color=never")
                        .out());
        texts.add(home.typing("no\nyes\n", "session", "--color=never").out());
        texts.add(home.typing("6\n", "measure", "nprs", "--color=never").out());
        texts.add(home.run("measures").out());
        return texts;
    }

    @Test
    void theTerminalShowsNoFieldNamesOrCodes() {
        List<String> texts = scenarios();
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            assertThat(text).isNotBlank();
            found.addAll(InternalCodes.foundIn(text));
        }
        assertThat(String.join("\n", texts))
                .contains("!!! EMERGENCY")
                .contains("! URGENT")
                .contains("See a clinician:")
                .contains("Self-care:")
                .contains("Not finished:")
                .contains("From your words")
                .contains("Please answer yes, no or not sure.")
                .contains("Step 1 of 8")
                .contains("You said yes to:")
                .contains("Fever or chills");
        assertThat(found).isEmpty();
    }
}
