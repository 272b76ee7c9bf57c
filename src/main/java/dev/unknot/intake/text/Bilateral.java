package dev.unknot.intake.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sentences that speak of both legs in other words than "both legs": "either leg", "BLE",
 * "bilateral", "left leg and now the right", "the other leg too". A leg problem in such a sentence
 * is a problem of both legs, even where a clause break ("and now") parts the two.
 */
final class Bilateral {
    private static final Set<String> LEG_WORDS =
            Set.of(
                    "leg",
                    "legs",
                    "foot",
                    "feet",
                    "calf",
                    "calves",
                    "thigh",
                    "thighs",
                    "knee",
                    "knees",
                    "shin",
                    "shins",
                    "ankle",
                    "ankles",
                    "toe",
                    "toes",
                    "limb",
                    "limbs",
                    "le",
                    "lle",
                    "rle",
                    "hamstring",
                    "hamstrings");
    private static final Set<String> ALWAYS = Set.of("ble", "bilateral", "bilaterally", "bilat");
    private static final Set<String> BEFORE_A_LEG = Set.of("both", "either", "each", "other");
    private static final Set<String> BETWEEN = Set.of("my", "the", "his", "her", "of", "their");
    private static final int NEAR = 9;

    /** Character ranges of the sentences that speak of both legs. */
    private final List<int[]> ranges = new ArrayList<>();

    /** Those that name both sides ("left leg and now the right"), not only "both legs". */
    private final List<int[]> bySides = new ArrayList<>();

    private final List<Token> tokens;
    private boolean read;

    Bilateral(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Reads the sentences the first time it is asked: most texts never need it. */
    private void read() {
        if (read) {
            return;
        }
        read = true;
        int from = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).endsSentence()) {
                if (i > from && bothLegs(tokens.subList(from, i), false)) {
                    ranges.add(new int[] {tokens.get(from).start(), tokens.get(i - 1).end()});
                }
                if (i > from && bothLegs(tokens.subList(from, i), true)) {
                    bySides.add(new int[] {tokens.get(from).start(), tokens.get(i - 1).end()});
                }
                from = i + 1;
            }
        }
    }

    boolean in(Item item) {
        read();
        return within(ranges, item);
    }

    /**
     * The sentence names both sides of a leg problem; weakness needs this, since "pins and needles
     * in both legs and my left foot drags" is weakness of one leg.
     */
    boolean bySides(Item item) {
        read();
        return within(bySides, item);
    }

    private static boolean within(List<int[]> ranges, Item item) {
        int at = item.firstToken.start();
        for (int[] range : ranges) {
            if (at >= range[0] && at <= range[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean bothLegs(List<Token> sentence, boolean sidesOnly) {
        boolean left = false;
        boolean right = false;
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.get(i).word();
            if (ALWAYS.contains(word)) {
                return true;
            }
            if ((!sidesOnly || word.equals("other"))
                    && BEFORE_A_LEG.contains(word)
                    && legFollows(sentence, i + 1)) {
                return true;
            }
            boolean compared =
                    i >= 2
                            && sentence.get(i - 2).word().equals("than")
                            && !sentence.get(i - 1).punctuation();
            if (compared || i >= 1 && sentence.get(i - 1).word().equals("than")) {
                // "my right leg is weaker than the left" is one leg
                continue;
            }
            if ((word.equals("left") || word.equals("lle"))
                    && legWithin(sentence, i - NEAR, i + NEAR)) {
                left = true;
            }
            if ((word.equals("right") || word.equals("rle"))
                    && legWithin(sentence, i - NEAR, i + NEAR)) {
                right = true;
            }
        }
        return left && right;
    }

    /** A leg word right after, or after "my", "of the"...: "both legs", "either of my feet". */
    private static boolean legFollows(List<Token> sentence, int from) {
        for (int i = from; i < sentence.size() && i <= from + 2; i++) {
            String word = sentence.get(i).word();
            if (LEG_WORDS.contains(word)) {
                return true;
            }
            if (!BETWEEN.contains(word)) {
                return false;
            }
        }
        return false;
    }

    private static boolean legWithin(List<Token> sentence, int from, int to) {
        for (int i = Math.max(0, from); i <= to && i < sentence.size(); i++) {
            if (LEG_WORDS.contains(sentence.get(i).word())) {
                return true;
            }
        }
        return false;
    }
}
