package dev.unknot.intake.text;

import java.util.List;
import java.util.Optional;

/**
 * A run of words read as one thing: a lexicon phrase with its meanings, a plain word, or
 * punctuation. Reading fills in how it was said (its polarity and the cue that set it) and whether
 * another finding has claimed it (a place that says where numbness is felt is not where the knot
 * is).
 */
final class Item {
    final Token firstToken;
    final Token lastToken;
    final List<Meaning> meanings;

    /** The words as matched, lower case without apostrophes ("my son"). */
    final String words;

    Polarity polarity = Polarity.AFFIRMED;

    /** Which sentence of the text it is in, counting from 0. */
    int sentence;

    /** Said of the past, over and done with ("years ago", "fully healed"). */
    boolean past;

    int evidenceStart;
    int evidenceEnd;
    boolean claimed;

    private final CueKind cueKind;
    private final boolean finding;

    Item(Token firstToken, Token lastToken, List<Meaning> meanings, String words) {
        this.words = words;
        CueKind kind = null;
        boolean isFinding = false;
        for (Meaning meaning : meanings) {
            if (kind == null && meaning instanceof Meaning.Cue cue) {
                kind = cue.kind();
            }
            isFinding |= meaning instanceof Meaning.Finding;
        }
        this.cueKind = kind;
        this.finding = isFinding;
        this.firstToken = firstToken;
        this.lastToken = lastToken;
        this.meanings = meanings;
        this.evidenceStart = firstToken.start();
        this.evidenceEnd = lastToken.end();
    }

    boolean isPunctuation() {
        return firstToken.punctuation();
    }

    boolean isPlainWord() {
        return !isPunctuation() && meanings.isEmpty();
    }

    String word() {
        return firstToken.word();
    }

    /** Names a place on the body and nothing else. */
    boolean isPlaceOnly() {
        return meanings.stream()
                .filter(Meaning.Finding.class::isInstance)
                .allMatch(Meaning.At.class::isInstance);
    }

    boolean isFinding() {
        return finding;
    }

    /**
     * A finding that says all is well ("sleeping fine", "able to pee"): denied, it means the
     * symptom.
     */
    boolean meansNo() {
        if (has(Meaning.StaysPut.class)) {
            return true;
        }
        Meaning.Sense sense =
                meaning(Meaning.Symptom.class)
                        .map(Meaning.Symptom::sense)
                        .or(() -> meaning(Meaning.Grows.class).map(Meaning.Grows::sense))
                        .orElse(Meaning.Sense.YES);
        return sense != Meaning.Sense.YES;
    }

    Optional<CueKind> cue() {
        return Optional.ofNullable(cueKind);
    }

    boolean isCue(CueKind kind) {
        return cueKind == kind;
    }

    <M extends Meaning> Optional<M> meaning(Class<M> type) {
        for (Meaning meaning : meanings) {
            if (type.isInstance(meaning)) {
                return Optional.of(type.cast(meaning));
            }
        }
        return Optional.empty();
    }

    <M extends Meaning> boolean has(Class<M> type) {
        for (Meaning meaning : meanings) {
            if (type.isInstance(meaning)) {
                return true;
            }
        }
        return false;
    }

    /** Reads this finding as {@code polarity}, quoting from the cue that made it so. */
    void setBy(Item cue, Polarity polarity) {
        if (cue.isCue(CueKind.HISTORICAL)) {
            past = true;
        }
        this.polarity = this.polarity.and(polarity);
        evidenceStart = Math.min(evidenceStart, cue.firstToken.start());
        evidenceEnd = Math.max(evidenceEnd, cue.lastToken.end());
    }

    /** The person's own words for this finding, from its cue (if any) to its end. */
    String quote(String text) {
        return text.substring(evidenceStart, evidenceEnd);
    }
}
