package dev.unknot.workstation;

import dev.unknot.measure.Band;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scored workstation check: the score (points met of points possible, as a whole percent), its
 * band, and the changes to make (those that fell short first, the heaviest first, then those the
 * person was not sure of, to check). Points are kept in hundredths so a half-credit answer is
 * exact.
 */
public record Result(
        int score, Band band, long metHundredths, long possibleHundredths, List<Change> changes) {
    public Result {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a score is a percent, was " + score);
        }
        changes = List.copyOf(changes);
    }

    /** The changes to make: the answers that fell short. */
    public List<Change> fixes() {
        return changes.stream().filter(change -> change.need() == Change.Need.FIX).toList();
    }

    /** What the person was not sure of: to check. */
    public List<Change> checks() {
        return changes.stream().filter(change -> change.need() == Change.Need.CHECK).toList();
    }

    /** "19 of 25 points" or "23.5 of 25 points". */
    public String pointsText() {
        return points(metHundredths) + " of " + points(possibleHundredths) + " points";
    }

    /** The changes by the prevention habit they belong to, for the plan. */
    public HabitLinks habitLinks() {
        Map<String, List<Change>> byHabit = new LinkedHashMap<>();
        for (Change change : changes) {
            for (String habit : change.item().habits()) {
                byHabit.computeIfAbsent(habit, ignored -> new ArrayList<>()).add(change);
            }
        }
        return new HabitLinks(byHabit);
    }

    private static String points(long hundredths) {
        return hundredths % 100 == 0
                ? String.valueOf(hundredths / 100)
                : java.math.BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }
}
