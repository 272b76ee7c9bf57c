package dev.unknot.pathway;

import dev.unknot.intake.AnswerType;
import dev.unknot.intake.Intake;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.StopSign;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check before every guided session, the same for every front end: each stop sign answered yes
 * or no (never left open, since an open sign is never read as "no"); all no lets the session start
 * and stores "no" to the safety questions behind the signs; any yes means no session, and the
 * questions behind the signs answered yes are added to the person's answers. Stateless and
 * thread-safe.
 */
public final class StopSignCheck {
    private final List<StopSign> signs;

    public StopSignCheck(List<StopSign> signs) {
        this.signs = List.copyOf(signs);
    }

    /** The signs, in the order they are asked. */
    public List<StopSign> signs() {
        return signs;
    }

    /** What the check came to. */
    public sealed interface Outcome permits Clear, Stopped, Open {}

    /**
     * Every sign answered no: the session may start; {@code safety} is what the answers say of the
     * safety questions.
     */
    public record Clear(Map<Question, Object> safety) implements Outcome {
        public Clear {
            safety = Map.copyOf(safety);
        }
    }

    /**
     * No sign answered yes, but {@code open} were not answered either: no session, since an open
     * sign is never read as "no". {@link #problem} says so for a front end that refuses the
     * request.
     */
    public record Open(List<StopSign> open) implements Outcome {
        public Open {
            open = List.copyOf(open);
        }

        /** The first open sign as an input problem naming it. */
        public InvalidInputException problem() {
            StopSign sign = open.get(0);
            return new InvalidInputException(
                    "stopSigns." + sign.id(),
                    "answer yes or no: a stop sign cannot be left open (\"" + sign.text() + "\")");
        }
    }

    /**
     * At least one sign answered yes: no session. {@code askInFull} are the questions behind those
     * signs that a bare yes does not settle (which leg, how far; which of two); they are asked
     * before the new result.
     */
    public record Stopped(List<StopSign> yes, List<Question> askInFull) implements Outcome {
        public Stopped {
            yes = List.copyOf(yes);
            askInFull = List.copyOf(askInFull);
        }
    }

    /**
     * Checks the answers, keyed by sign id ({@code true} = yes). Any yes stops the session,
     * whatever is left open; otherwise signs without an answer are {@link Open}, and an id that is
     * no sign is an error naming {@code stopSigns.<id>}.
     */
    public Outcome check(Map<String, Boolean> answers) {
        List<StopSign> yes =
                signs.stream().filter(sign -> Boolean.TRUE.equals(answers.get(sign.id()))).toList();
        if (yes.isEmpty()) {
            for (String id : answers.keySet()) {
                if (signs.stream().noneMatch(sign -> sign.id().equals(id))) {
                    throw new InvalidInputException(
                            "stopSigns." + id,
                            "is not a stop sign; the signs are "
                                    + String.join(", ", signs.stream().map(StopSign::id).toList()));
                }
            }
            List<StopSign> open =
                    signs.stream().filter(sign -> !answers.containsKey(sign.id())).toList();
            if (!open.isEmpty()) {
                return new Open(open);
            }
            return new Clear(StopSign.noAnswers(signs));
        }
        List<Question> inFull =
                yes.stream()
                        .filter(sign -> !settledByYes(sign))
                        .flatMap(sign -> sign.questions().stream())
                        .distinct()
                        .toList();
        return new Stopped(yes, inFull);
    }

    /** The answers "no" to every sign, as a front end that was told so in one word sends them. */
    public Map<String, Boolean> allNo() {
        Map<String, Boolean> answers = new LinkedHashMap<>();
        signs.forEach(sign -> answers.put(sign.id(), false));
        return answers;
    }

    /**
     * What a yes does to the answers: a sign that stands for one yes/no question makes it yes; the
     * questions behind any other sign answered yes (graded ones such as which leg, or two questions
     * under one sign, since a yes does not say which) are cleared, to be asked in full ({@link
     * Stopped#askInFull}), and stay open until then, never "no".
     */
    public Intake withYes(Intake answers, Stopped stopped) {
        return withYes(answers, stopped.yes());
    }

    /**
     * The answers as {@link #withYes(Intake, Stopped)} leaves them when {@code yes} are the signs
     * answered yes.
     */
    public Intake withYes(Intake answers, List<StopSign> yes) {
        Intake.Builder updated = answers.toBuilder();
        for (StopSign sign : yes) {
            for (Question question : sign.questions()) {
                updated.clear(question);
                if (settledByYes(sign)) {
                    updated.put(question, true);
                }
            }
        }
        return updated.build();
    }

    /** Whether a yes to this sign is itself the answer: the sign stands for one yes/no question. */
    private static boolean settledByYes(StopSign sign) {
        return sign.questions().size() == 1
                && sign.questions().get(0).type() instanceof AnswerType.YesNo;
    }
}
