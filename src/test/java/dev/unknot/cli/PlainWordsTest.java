package dev.unknot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.Cause;
import dev.unknot.intake.Coded;
import dev.unknot.intake.Feel;
import dev.unknot.intake.LegNumbness;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import dev.unknot.intake.Region;
import dev.unknot.intake.Side;
import dev.unknot.intake.Spread;
import dev.unknot.intake.Tool;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.DispositionText;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.knowledge.PlanLimit;
import dev.unknot.knowledge.WizardQuestion;
import dev.unknot.plan.Phase;
import dev.unknot.plan.Section;
import dev.unknot.session.StepResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person reads in the terminal is plain words: the real commands, run the way {@code Main}
 * runs them over a spread of scenarios, print no field name ({@code flags.fever}, {@code
 * onsetDays}) and no code of any enum ({@code SELF_CARE}, {@code ice-pack}, {@code one-leg}). The
 * banned list is built from the enums and the {@link Question}s themselves, so it grows with them.
 */
class PlainWordsTest {
    private static final KnowledgeBase KNOWLEDGE = CliRun.KNOWLEDGE;

    private static final List<Class<? extends Enum<?>>> ENUMS =
            List.of(
                    Disposition.class,
                    Phase.class,
                    Section.class,
                    PlanLimit.class,
                    StepResult.class,
                    Region.class,
                    Side.class,
                    Feel.class,
                    Cause.class,
                    Tool.class,
                    Spread.class,
                    LegWeakness.class,
                    LegNumbness.class,
                    dev.unknot.session.Side.class);

    @TempDir Path directory;

    /**
     * Every internal name a person must never read: "flags.", each question's camelCase field, and
     * each enum constant as code (UPPER_CASE with "_" or all capitals) and its kebab-case form,
     * except where the knowledge's own plain wording uses the same word ("EMERGENCY: go to...",
     * "self-care support").
     */
    static Set<String> banned() {
        Set<String> banned = new LinkedHashSet<>();
        banned.add("flags.");
        for (Question question : Question.values()) {
            if (question.isSafety()) {
                banned.add(question.path());
            }
            if (!question.field().equals(question.field().toLowerCase())) {
                banned.add(question.field());
            }
        }
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String name = constant.name();
                if (name.contains("_") || name.length() > 1) {
                    banned.add(name);
                }
                String kebab = name.toLowerCase().replace('_', '-');
                if (kebab.contains("-")) {
                    banned.add(kebab);
                }
                if (constant instanceof Coded coded && coded.code().contains("-")) {
                    banned.add(coded.code());
                }
            }
        }
        String wording = plainWording();
        banned.removeIf(token -> Pattern.compile(boundary(token)).matcher(wording).find());
        return banned;
    }

    /** The knowledge's own words for people: questions, answers, dispositions, the disclaimer. */
    private static String plainWording() {
        StringBuilder words = new StringBuilder(KNOWLEDGE.disclaimer());
        for (WizardQuestion question : KNOWLEDGE.questions()) {
            words.append('\n').append(question.prompt());
            question.choices().values().forEach(text -> words.append('\n').append(text));
            question.said().values().forEach(text -> words.append('\n').append(text));
        }
        for (Disposition disposition : Disposition.values()) {
            DispositionText text = KNOWLEDGE.text(disposition);
            words.append('\n').append(text.headline()).append('\n').append(text.action());
        }
        return words.toString();
    }

    private static String boundary(String token) {
        return "(?<![\\w-])" + Pattern.quote(token) + "(?![\\w-])";
    }

    /** The banned tokens found in {@code text}, each with the line it stood in. */
    static List<String> codesIn(String text) {
        List<String> found = new ArrayList<>();
        for (String token : banned()) {
            Matcher matcher =
                    Pattern.compile(token.endsWith(".") ? Pattern.quote(token) : boundary(token))
                            .matcher(text);
            while (matcher.find()) {
                int start = text.lastIndexOf('\n', matcher.start()) + 1;
                int end = text.indexOf('\n', matcher.end());
                found.add(token + " in: " + text.substring(start, end < 0 ? text.length() : end));
            }
        }
        return found;
    }

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
            found.addAll(codesIn(text));
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

    @Test
    void theScanCatchesAPlantedCode() {
        assertThat(codesIn("you said: flags.bladderBowelChange = true")).hasSize(3);
        assertThat(codesIn("R7 Fever -> SELF_CARE, onsetDays 3, tools: ice-pack, one-leg"))
                .hasSize(4);
        assertThat(codesIn("self-care support; EMERGENCY: go now; knee-to-chest stretch"))
                .isEmpty();
    }

    @Test
    void theBannedListComesFromTheEnums() {
        assertThat(banned())
                .contains(
                        "flags.", "onsetDays", "SELF_CARE", "ice-pack", "one-leg", "tender-nodule")
                .doesNotContain("self-care", "EMERGENCY");
        assertThat(Arrays.stream(Question.values()).map(Question::field)).contains("onsetDays");
    }
}
