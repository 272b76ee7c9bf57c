package dev.unknot.intake.text;

import dev.unknot.intake.Cause;
import dev.unknot.intake.Feel;
import dev.unknot.intake.Question;
import dev.unknot.intake.Side;
import dev.unknot.intake.Tool;

/**
 * What a phrase of the lexicon ({@code knowledge/freetext.yaml}) means when it is found in a
 * description.
 */
sealed interface Meaning {

    /** Names something a cue can deny or doubt: a symptom, a place, a cause... */
    sealed interface Finding extends Meaning
            permits Symptom,
                    Sensory,
                    Weakness,
                    Spreads,
                    StaysPut,
                    At,
                    Feels,
                    Grows,
                    SetOffBy,
                    Has {}

    /** A word that changes how findings around it are read. */
    record Cue(CueKind kind) implements Meaning {}

    /** Looks like a cue or finding but is neither ("fall asleep", "right above"). */
    record Neutral() implements Meaning {}

    /** How a finding's phrase answers its yes/no question. */
    enum Sense {
        /** "bladder", "growing": said, yes; denied, no. */
        YES,
        /** "sleeping fine", "same size": said, no; denied, yes. */
        MEANS_NO,
        /**
         * "able to pee", "control of my bladder": denied, it is the red flag; said, it settles
         * nothing, because a word next to it can turn it round ("trouble with control of my
         * bladder").
         */
        YES_WHEN_DENIED,
        /**
         * "a cough", "short of breath": near the question but not an answer to it; it is asked in
         * full.
         */
        TOUCHES,
        /** "on a diet": the finding has a reason, so a "yes" to its question becomes open. */
        EXPLAINED,
        /**
         * "still getting worse": a "yes" only where the same sentence says home care was tried
         * ("been icing it and stretching and it's still getting worse"), else open.
         */
        YES_WITH_CARE,
        /** "pain at night": said, it touches the question; denied ("no pain at night"), a no. */
        NO_WHEN_DENIED;

        Polarity answer(Polarity said) {
            return switch (this) {
                case YES -> said;
                case MEANS_NO -> said.flipped();
                case YES_WHEN_DENIED ->
                        said == Polarity.AFFIRMED ? Polarity.UNCERTAIN : said.flipped();
                case TOUCHES, EXPLAINED, YES_WITH_CARE -> Polarity.HYPOTHETICAL;
                case NO_WHEN_DENIED -> said == Polarity.AFFIRMED ? Polarity.HYPOTHETICAL : said;
            };
        }
    }

    /**
     * Settles a yes/no safety question, in its {@link Sense}; {@code ever} when the question asks
     * about the whole past ("have you ever had cancer"), so a historical mention still counts.
     */
    record Symptom(Question question, Sense sense, boolean ever) implements Finding {}

    /** Numbness or tingling; where it is felt decides the question. */
    record Sensory() implements Finding {}

    /** Weakness; {@code leg} when the phrase itself names the leg ("foot drags"). */
    record Weakness(boolean leg, boolean bothLegs) implements Finding {}

    /** Getting worse by the day. */
    record Progressive() implements Meaning {}

    /** Pain travelling somewhere; the places after it say where. */
    record Spreads() implements Finding {}

    /** Pain that stays where it is. */
    record StaysPut() implements Finding {}

    /** A place on the body. */
    record At(Place place) implements Finding {}

    record Feels(Feel feel) implements Finding {}

    /** The lump has grown ({@code meansNo}: it has stayed the same). */
    record Grows(Sense sense) implements Finding {}

    record SetOffBy(Cause cause) implements Finding {}

    record Has(Tool tool) implements Finding {}

    record OnSide(Side side) implements Meaning {}

    /** Care tried at home: heat, ice, stretching, painkillers. */
    record Care() implements Meaning {}
}
