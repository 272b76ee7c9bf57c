package dev.unknot.intake.text;

/** The kinds of cue words, as grouped under {@code cues} in {@code knowledge/freetext.yaml}. */
enum CueKind {
    NEGATION_BEFORE("negation-before"),
    /**
     * "can't", "unable to": denies an ability ("can't control my bladder" is the red flag) but
     * leaves a symptom said ("can't get an erection" is one).
     */
    INABILITY("inability"),
    NEGATION_EITHER("negation-either"),
    NEGATION_AFTER("negation-after"),
    UNCERTAIN("uncertain"),
    OTHER_PERSON("other-person"),
    HYPOTHETICAL("hypothetical"),
    HISTORICAL("historical"),
    WRITER("writer"),
    CLAUSE_BREAK("clause-breaks"),
    NEW_STATEMENT("new-statement");

    private final String key;

    CueKind(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    boolean looksForward() {
        return this == NEGATION_BEFORE
                || this == INABILITY
                || this == NEGATION_EITHER
                || this == UNCERTAIN
                || this == OTHER_PERSON
                || this == HYPOTHETICAL
                || this == HISTORICAL
                || this == WRITER;
    }

    boolean looksBack() {
        return this == NEGATION_AFTER
                || this == NEGATION_EITHER
                || this == UNCERTAIN
                || this == HISTORICAL;
    }

    Polarity polarity() {
        return switch (this) {
            case UNCERTAIN -> Polarity.UNCERTAIN;
            case HYPOTHETICAL -> Polarity.HYPOTHETICAL;
            case OTHER_PERSON, WRITER -> Polarity.SOMEONE_ELSE;
            case HISTORICAL -> Polarity.AFFIRMED;
            default -> Polarity.DENIED;
        };
    }
}
