package dev.unknot.intake.text;

import java.util.List;

/**
 * Decides how each finding in a clause was said, in the manner of NegEx (Chapman et al., 2001): a
 * cue before a finding reaches up to {@value #REACH} words forward, across the items of a list, and
 * stops at a new statement; a cue after a finding reaches back over linking words only, never past
 * a comma. Doubt wins over denial, so "not sure about numbness" stays unanswered.
 */
final class Scopes {
    static final int REACH = 5;

    private final Lexicon lexicon;

    Scopes(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void apply(List<Item> clause) {
        forward(clause);
        backward(clause);
    }

    private void forward(List<Item> clause) {
        Item cue = null;
        int distance = 0;
        boolean anchored = false;
        boolean segmentHadFinding = false;
        for (int i = 0; i < clause.size(); i++) {
            Item item = clause.get(i);
            if (item.isPunctuation()) {
                if (cue != null
                        && !(item.firstToken.isComma()
                                && segmentHadFinding
                                && isListAfter(clause, i))) {
                    cue = null;
                }
                segmentHadFinding = false;
                continue;
            }
            var kind = item.cue();
            if (kind.isPresent() && kind.get().looksForward()) {
                cue = item;
                distance = 0;
                anchored = false;
                segmentHadFinding = false;
                continue;
            }
            if (kind.isPresent() && kind.get() == CueKind.NEW_STATEMENT && anchored) {
                cue = null;
                continue;
            }
            if (item.isFinding()) {
                if (cue != null && distance <= REACH) {
                    item.setBy(cue, cue.cue().orElseThrow().polarity());
                    anchored = true;
                    segmentHadFinding = true;
                    distance = 0;
                }
                continue;
            }
            distance++;
            if (distance > REACH) {
                cue = null;
            }
        }
    }

    /**
     * After a comma, a denial carries on only over a bare list of findings ("no fever, chills or
     * sweats"). Two findings side by side are a statement, not a list ("no tingling, bladder
     * leaking").
     */
    private boolean isListAfter(List<Item> clause, int comma) {
        boolean any = false;
        boolean previousWasFinding = false;
        for (int i = comma + 1; i < clause.size(); i++) {
            Item item = clause.get(i);
            if (item.isPunctuation()) {
                break;
            }
            if (item.isFinding()) {
                if (previousWasFinding) {
                    return false;
                }
                any = true;
                previousWasFinding = true;
                continue;
            }
            previousWasFinding = false;
            if (!(item.isPlainWord() && lexicon.isListWord(item.word()))) {
                return false;
            }
        }
        return any;
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
            if (kind.isEmpty()
                    || !kind.get().looksBack()
                    || kind.get().looksForward() && findingFollows(clause, c)) {
                continue;
            }
            for (int i = c - 1; i >= 0; i--) {
                Item item = clause.get(i);
                if (item.isFinding()) {
                    item.setBy(cue, afterwards(kind.get(), item));
                } else if (item.isPunctuation() || !lexicon.isLinkingWord(item.word())) {
                    break;
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
}
