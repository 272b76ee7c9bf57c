package dev.unknot.progression;

import java.time.Duration;
import java.util.List;

/**
 * Where a person's knot stands, as the self-care programme needs it: how long since the pain began,
 * the pain (0-10) of their diary entries, oldest first, and whether the diary's follow-up has
 * raised an escalation that is still open.
 */
public record Recovery(Duration sinceOnset, List<Integer> diaryPains, boolean escalated) {
    public Recovery {
        if (sinceOnset.isNegative()) {
            throw new IllegalArgumentException("the pain cannot begin in the future");
        }
        diaryPains = List.copyOf(diaryPains);
        for (int pain : diaryPains) {
            if (pain < 0 || pain > 10) {
                throw new IllegalArgumentException("diary pain must be from 0 to 10, was " + pain);
            }
        }
    }
}
