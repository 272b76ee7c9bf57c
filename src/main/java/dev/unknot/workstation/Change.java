package dev.unknot.workstation;

import dev.unknot.knowledge.Source;
import java.util.List;

/**
 * One thing to do after a workstation check: a change to make (the answer fell short) or something
 * to check (the person was not sure), with the item's own words and sources.
 */
public record Change(Item item, Choice answer, Need need) {
    /** Whether the item needs a change or a look. */
    public enum Need {
        FIX,
        CHECK
    }

    /** What to do, in plain words. */
    public String text() {
        return item.change();
    }

    /**
     * The change as the plan shows it under its prevention habit: "Your workstation check: raise
     * the screen ...", or for an unsure answer, what to check and what to do if it is not so.
     */
    public String planWords() {
        return need == Need.FIX
                ? "Your workstation check: " + item.change()
                : "Your workstation check, to check: "
                        + item.question()
                        + " If not: "
                        + item.change();
    }

    public List<Source> sources() {
        return item.sources();
    }

    /** Points the answer did not earn, in hundredths of a point (for ordering). */
    long lost() {
        return (long) item.weight() * (100 - answer.credit());
    }
}
