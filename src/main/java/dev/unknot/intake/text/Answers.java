package dev.unknot.intake.text;

import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.intake.Side;
import dev.unknot.intake.TextReading;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a description said about each question, gathered mention by mention and then settled the
 * cautious way: any "yes" (or the most serious grade) wins over a "no"; doubt about a question
 * nobody affirmed leaves it unanswered rather than "no"; a hypothetical, the past or a leg without
 * its level leaves open only what nothing else settled; a reason given ("on a diet") turns a "yes"
 * to open.
 */
final class Answers {
    private final String text;
    private final Map<Question, Object> yes = new EnumMap<>(Question.class);
    private final Map<Question, Object> no = new EnumMap<>(Question.class);
    private final Map<Question, List<String>> yesWords = new EnumMap<>(Question.class);
    private final Map<Question, List<String>> noWords = new EnumMap<>(Question.class);
    private final Map<Question, List<String>> doubtWords = new EnumMap<>(Question.class);
    private final Map<Question, List<String>> touchedWords = new EnumMap<>(Question.class);
    private final Map<Question, List<String>> explainedWords = new EnumMap<>(Question.class);
    private final Map<Question, Set<Enum<?>>> sets = new EnumMap<>(Question.class);
    private final Set<Side> sides = EnumSet.noneOf(Side.class);

    Answers(String text) {
        this.text = text;
    }

    /** The person's words from the first item's cue to the end of the last. */
    String quote(Item first, Item last) {
        int start = Math.min(first.evidenceStart, last.evidenceStart);
        int end = Math.max(first.evidenceEnd, last.evidenceEnd);
        return text.substring(start, end);
    }

    void yesNo(Question question, Polarity polarity, String words) {
        graded(question, polarity, Boolean.TRUE, Boolean.FALSE, words);
    }

    /**
     * A graded answer: {@code value} when affirmed, {@code none} when denied; the most serious
     * grade wins.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    <T extends Comparable<? super T>> void graded(
            Question question, Polarity polarity, T value, T none, String words) {
        switch (polarity) {
            case AFFIRMED -> {
                T before = (T) yes.get(question);
                if (before == null || value.compareTo(before) > 0) {
                    yes.put(question, value);
                }
                words(yesWords, question, words);
            }
            case DENIED -> {
                no.put(question, none);
                words(noWords, question, words);
            }
            case UNCERTAIN -> doubt(question, words);
            case HYPOTHETICAL -> touched(question, words);
            case SOMEONE_ELSE -> {}
        }
    }

    /** Doubt about a question: it stays open even where another sentence denies it. */
    void doubt(Question question, String words) {
        words(doubtWords, question, words);
    }

    /**
     * Words near a question that do not answer it (a hypothetical, the past, a leg without its
     * level): open unless another sentence settles it.
     */
    void touched(Question question, String words) {
        words(touchedWords, question, words);
    }

    /**
     * Words that touch a question without settling it: doubt if said with doubt, otherwise open
     * only where nothing else settles it.
     */
    void open(Question question, Polarity polarity, String words) {
        if (polarity == Polarity.UNCERTAIN) {
            doubt(question, words);
        } else {
            touched(question, words);
        }
    }

    /** A reason given for the finding ("on a diet"): a "yes" to it becomes open. */
    void explained(Question question, String words) {
        words(explainedWords, question, words);
    }

    /** One more member of a set answer (regions, feel, causes, tools). */
    void add(Question question, Enum<?> value, String words) {
        sets.computeIfAbsent(question, q -> new LinkedHashSet<>()).add(value);
        words(yesWords, question, words);
    }

    void side(Side side, String words) {
        sides.add(side);
        words(yesWords, Question.SIDE, words);
    }

    void number(Question question, Numbers.Said said) {
        yes.put(question, said.value());
        words(yesWords, question, text.substring(said.start(), said.end()));
    }

    TextReading reading() {
        Intake.Builder intake = Intake.builder();
        Map<Question, String> evidence = new LinkedHashMap<>();
        Map<Question, String> unsure = new LinkedHashMap<>();
        sets.forEach((question, values) -> intake.put(question, toEnumSet(values)));
        if (!sides.isEmpty()) {
            intake.put(Question.SIDE, side());
        }
        for (Question question : Question.values()) {
            if (yes.containsKey(question) && explainedWords.containsKey(question)) {
                unsure.put(
                        question,
                        join(yesWords.get(question)) + "; " + join(explainedWords.get(question)));
                continue;
            }
            if (yes.containsKey(question)) {
                intake.put(question, yes.get(question));
            } else if (doubtWords.containsKey(question)) {
                unsure.put(question, join(doubtWords.get(question)));
                continue;
            } else if (no.containsKey(question)) {
                intake.put(question, no.get(question));
                evidence.put(question, join(noWords.get(question)));
                continue;
            } else if (touchedWords.containsKey(question)) {
                unsure.put(question, join(touchedWords.get(question)));
                continue;
            }
            if (yesWords.containsKey(question)) {
                evidence.put(question, join(yesWords.get(question)));
            }
        }
        return new TextReading(intake.build(), evidence, unsure);
    }

    private Side side() {
        boolean left = sides.contains(Side.LEFT);
        boolean right = sides.contains(Side.RIGHT);
        if (sides.contains(Side.BOTH) || left && right) {
            return Side.BOTH;
        }
        return left ? Side.LEFT : right ? Side.RIGHT : Side.CENTER;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<?> toEnumSet(Set<Enum<?>> values) {
        Enum<?> first = values.iterator().next();
        EnumSet set = EnumSet.noneOf(first.getDeclaringClass());
        set.addAll(values);
        return set;
    }

    private static void words(Map<Question, List<String>> map, Question question, String words) {
        List<String> list = map.computeIfAbsent(question, q -> new ArrayList<>());
        if (list.stream().noneMatch(said -> said.contains(words))) {
            list.removeIf(words::contains);
            list.add(words);
        }
    }

    private static String join(List<String> words) {
        return String.join("; ", words);
    }
}
