package dev.unknot.intake.text;

import dev.unknot.intake.Cause;
import dev.unknot.intake.Feel;
import dev.unknot.intake.Question;
import dev.unknot.intake.Side;
import dev.unknot.intake.Tool;

/** What a phrase of the lexicon ({@code knowledge/freetext.yaml}) means when it is found in a description. */
sealed interface Meaning {

    /** Whether the phrase names something a cue can deny or doubt. */
    default boolean isFinding() {
        return false;
    }

    /** A word that changes how findings around it are read. */
    record Cue(CueKind kind) implements Meaning {
    }

    /** Looks like a cue or finding but is neither ("fall asleep", "right above"). */
    record Neutral() implements Meaning {
    }

    /** Settles a yes/no safety question; {@code meansNo} phrases answer it "no" ("sleeping fine"). */
    record Symptom(Question question, boolean meansNo) implements Meaning {
        @Override
        public boolean isFinding() {
            return true;
        }
    }

    /** Numbness or tingling; where it is felt decides the question. */
    record Sensory() implements Meaning {
        @Override
        public boolean isFinding() {
            return true;
        }
    }

    /** Weakness; {@code leg} when the phrase itself names the leg ("foot drags"). */
    record Weakness(boolean leg, boolean bothLegs) implements Meaning {
        @Override
        public boolean isFinding() {
            return true;
        }
    }

    /** Getting worse by the day. */
    record Progressive() implements Meaning {
    }

    /** Pain travelling somewhere; the places after it say where. */
    record Spreads() implements Meaning {
        @Override
        public boolean isFinding() {
            return true;
        }
    }

    /** Pain that stays where it is. */
    record StaysPut() implements Meaning {
        @Override
        public boolean isFinding() {
            return true;
        }
    }

    /** A place on the body. */
    record At(Place place) implements Meaning {
        @Override
        public boolean isFinding() {
            return true;
        }
    }

    record Feels(Feel feel) implements Meaning {
        @Override
        public boolean isFinding() {
            return true;
        }
    }

    /** The lump has grown ({@code meansNo}: it has stayed the same). */
    record Grows(boolean meansNo) implements Meaning {
        @Override
        public boolean isFinding() {
            return true;
        }
    }

    record SetOffBy(Cause cause) implements Meaning {
        @Override
        public boolean isFinding() {
            return true;
        }
    }

    record Has(Tool tool) implements Meaning {
        @Override
        public boolean isFinding() {
            return true;
        }
    }

    record OnSide(Side side) implements Meaning {
    }
}
