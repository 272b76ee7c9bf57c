package dev.unknot.intake.text;

import java.util.List;

/**
 * Decides how each finding in a clause was said, in the manner of ConText (Harkema et al., 2009),
 * which grew out of NegEx (Chapman et al., 2001). Three kinds of cue are tracked at once, each with
 * its own reach:
 *
 * <ul>
 *   <li>a denial or a doubt before a finding reaches up to {@value #REACH} words forward, across
 *       the items of a list however long, and stops at a new statement;
 *   <li>a hypothetical ("if", "should I"), someone else ("my brother") or, when someone writes for
 *       another person, the writer ("I had") reaches any number of words, up to a new statement or
 *       the end of the list it governs;
 *   <li>the past ("years ago", "used to") reaches forward like a denial.
 * </ul>
 *
 * A cue after a finding ("bladder fine", "a crash years ago") reaches back over a few linking
 * words, never past a comma. Doubt wins over denial, so "not sure about numbness" stays open.
 */
final class Scopes {
    static final int REACH = 5;
    private static final int HISTORY_BACK_REACH = 4;

    private final Lexicon lexicon;

    Scopes(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** One cue in force and how far it has reached. */
    private static final class Slot {
        Item cue;
        int distance;
        boolean crossedComma;
        boolean anchored;
        boolean segmentHadFinding;
        final boolean toClauseEnd;

        Slot(boolean toClauseEnd) {
            this.toClauseEnd = toClauseEnd;
        }

        void start(Item item) {
            cue = item;
            distance = 0;
            crossedComma = false;
            anchored = false;
            segmentHadFinding = false;
        }
    }

    void apply(List<Item> clause, Reader reader) {
        forward(clause, reader);
        backward(clause);
    }

    private void forward(List<Item> clause, Reader reader) {
        Slot polarity = new Slot(false);
        Slot modal = new Slot(true);
        Slot past = new Slot(false);
        List<Slot> slots = List.of(polarity, modal, past);
        for (int i = 0; i < clause.size(); i++) {
            Item item = clause.get(i);
            if (item.isPunctuation()) {
                for (Slot slot : slots) {
                    if (slot.cue == null) {
                        continue;
                    }
                    if (item.firstToken.isComma() && isListAfter(clause, i)) {
                        slot.distance = 0;
                        slot.crossedComma = true;
                    } else if (slot == modal
                            && item.firstToken.isComma()
                            && nextIs(clause, i, "or")) {
                        // "what if my legs go numb, or I can't control my bladder, or ..."
                        slot.distance = 0;
                    } else {
                        slot.cue = null;
                    }
                    slot.segmentHadFinding = false;
                }
                continue;
            }
            var kind = item.cue().filter(k -> reader.heeds(item, k));
            if (kind.isPresent() && kind.get().looksForward()) {
                switch (kind.get()) {
                    case HYPOTHETICAL, OTHER_PERSON, WRITER -> modal.start(item);
                    case HISTORICAL -> past.start(item);
                    default -> polarity.start(item);
                }
                continue;
            }
            boolean afterOr =
                    i > 0
                            && (clause.get(i - 1).words.equals("or")
                                    || clause.get(i - 1).words.equals("nor"));
            if (item.isCue(CueKind.NEW_STATEMENT) && !afterOr) {
                for (Slot slot : slots) {
                    if (slot.anchored || slot == past) {
                        slot.cue = null;
                    }
                }
                continue;
            }
            if (item.isFinding()) {
                for (Slot slot : slots) {
                    // "no fever, weight stable": a denial carried over a comma does not turn an
                    // all-is-well phrase round
                    boolean turnsRound = item.meansNo() && slot.crossedComma && slot == polarity;
                    boolean notAnAbility =
                            slot.cue != null
                                    && slot.cue.isCue(CueKind.INABILITY)
                                    && !item.meansNo();
                    if (slot.cue != null
                            && !turnsRound
                            && !notAnAbility
                            && (slot.toClauseEnd || slot.distance <= REACH)) {
                        item.setBy(slot.cue, slot.cue.cue().orElseThrow().polarity());
                        // a body part alone does not close the statement: in "not sure if my
                        // leg is weaker" the doubt still reaches "weaker"
                        if (!item.isPlaceOnly()) {
                            slot.anchored = true;
                            slot.segmentHadFinding = true;
                            slot.distance = 0;
                        }
                    }
                }
                continue;
            }
            for (Slot slot : slots) {
                slot.distance++;
                if (!slot.toClauseEnd && slot.distance > REACH) {
                    slot.cue = null;
                }
            }
        }
    }

    /**
     * After a comma, a denial carries on over the items of a list ("no fever, chills, rash or
     * sweats"), whatever words they are, until something reads as a statement: a finding followed
     * by a predicate ("legs tingling", "bladder leaking"), a pronoun or verb that starts a new
     * statement, or a cue of its own.
     */
    private boolean isListAfter(List<Item> clause, int comma) {
        int plainWords = 0;
        for (int i = comma + 1; i < clause.size(); i++) {
            Item item = clause.get(i);
            if (item.isPunctuation()) {
                break;
            }
            if (item.isFinding()) {
                Item next = i + 1 < clause.size() ? clause.get(i + 1) : null;
                if (next != null
                        && !next.isPunctuation()
                        && (lexicon.isPredicate(next.word())
                                || next.isFinding() && isPredicateFinding(next))) {
                    return false;
                }
                continue;
            }
            if (item.cue().isPresent()) {
                return false;
            }
            if (!lexicon.isListWord(item.word()) && ++plainWords > 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean nextIs(List<Item> clause, int at, String word) {
        return at + 1 < clause.size() && clause.get(at + 1).words.equals(word);
    }

    /** "tingling", "leaking", "numb": a finding that says what a body part is doing. */
    private boolean isPredicateFinding(Item item) {
        return lexicon.isPredicate(item.word()) || item.word().endsWith("ing");
    }

    /**
     * A cue that can look both ways reads forward when a finding follows it ("no problems with my
     * bladder").
     */
    private static boolean findingFollows(List<Item> clause, int cue) {
        for (int i = cue + 1; i < clause.size() && i <= cue + REACH; i++) {
            Item item = clause.get(i);
            if (item.isPunctuation()) {
                return false;
            }
            if (item.isFinding()) {
                return true;
            }
        }
        return false;
    }

    private void backward(List<Item> clause) {
        for (int c = 0; c < clause.size(); c++) {
            Item cue = clause.get(c);
            var kind = cue.cue();
            // the past reads both ways: "RTC 2019 (rear-ended)"
            if (kind.isEmpty()
                    || !kind.get().looksBack()
                    || kind.get() != CueKind.HISTORICAL
                            && kind.get().looksForward()
                            && findingFollows(clause, c)) {
                continue;
            }
            int plainWords = 0;
            int commas = 0;
            for (int i = c - 1; i >= 0; i--) {
                Item item = clause.get(i);
                if (item.isFinding()) {
                    item.setBy(cue, afterwards(kind.get(), item));
                } else if (item.isPunctuation()) {
                    // "a crash years ago, fully healed": the past reaches over one comma
                    if (kind.get() != CueKind.HISTORICAL
                            || !item.firstToken.isComma()
                            || commas++ > 0) {
                        break;
                    }
                } else if (item.isCue(CueKind.NEGATION_AFTER) && kind.get() == CueKind.UNCERTAIN) {
                    // "peeing ok I think": the doubt reaches back past the "ok"
                    continue;
                } else if (!lexicon.isLinkingWord(item.word())) {
                    // the past reaches back over a few words: "a car accident ten years ago"
                    if (kind.get() != CueKind.HISTORICAL || ++plainWords > HISTORY_BACK_REACH) {
                        break;
                    }
                }
            }
        }
    }

    /**
     * How a cue after a finding reads it. After a phrase that says all is well ("bladder control",
     * "able to pee"), "fine" or "normal" agrees with it rather than denying it, and a bare "no"
     * could mean either, so it settles nothing.
     */
    private static Polarity afterwards(CueKind kind, Item finding) {
        if (!finding.meansNo()) {
            return kind.polarity();
        }
        return switch (kind) {
            case NEGATION_AFTER -> Polarity.AFFIRMED;
            case NEGATION_EITHER -> Polarity.UNCERTAIN;
            default -> kind.polarity();
        };
    }

    /** Which cues apply in this text: it depends on whose knot it is. */
    interface Reader {
        boolean heeds(Item cue, CueKind kind);
    }
}
