package dev.unknot.workstation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a check differs from the one before: the scores, and for each item answered both times
 * whether it was fixed, newly needs a change, or still does.
 */
public record Comparison(Instant previousAt, int previousScore, int score, List<Line> lines) {
    public Comparison {
        lines = List.copyOf(lines);
    }

    /** What happened to one item between the two checks. */
    public enum Movement {
        FIXED("fixed since your check on %s"),
        NEWLY_NEEDED("needs a change now; it was fine on %s"),
        STILL_NEEDED("still to change, as on %s");

        private final String words;

        Movement(String words) {
            this.words = words;
        }
    }

    /** One item's movement. */
    public record Line(Item item, Movement movement) {
        /**
         * "screen height: fixed since your check on 12 March 2026" ({@code previousDay} already in
         * words).
         */
        public String words(String previousDay) {
            return item.name() + ": " + String.format(movement.words, previousDay);
        }
    }

    /** The lines of one movement. */
    public List<Line> lines(Movement movement) {
        return lines.stream().filter(line -> line.movement() == movement).toList();
    }

    /** Compares {@code current} with {@code previous} under {@code checklist}. */
    public static Comparison of(
            Checklist checklist, StoredCheck previous, Answers current, int score) {
        List<Line> lines = new ArrayList<>();
        for (Item item : checklist.items()) {
            Optional<Choice> before = checklist.answered(item, previous.answers());
            Optional<Choice> now = checklist.answered(item, current);
            if (before.isEmpty()
                    || now.isEmpty()
                    || !before.get().counts()
                    || !now.get().counts()) {
                continue;
            }
            boolean wasMet = before.get().met();
            boolean isMet = now.get().met();
            if (!wasMet && isMet) {
                lines.add(new Line(item, Movement.FIXED));
            } else if (wasMet && !isMet) {
                lines.add(new Line(item, Movement.NEWLY_NEEDED));
            } else if (!isMet) {
                lines.add(new Line(item, Movement.STILL_NEEDED));
            }
        }
        return new Comparison(previous.takenAt(), previous.score(), score, lines);
    }
}
