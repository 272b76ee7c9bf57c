package dev.unknot.diary;

import java.time.LocalDate;

/**
 * How the pain has moved since the first diary entry: the 14-day verdict of the follow-up rules. A
 * change of the meaningful size is {@link Status#IMPROVED} or {@link Status#WORSE} at once,
 * whichever way it goes; a smaller change is {@link Status#TOO_EARLY} until the first entry is
 * {@code afterDays} old, then {@link Status#NOT_IMPROVED}.
 */
public record Progress(LocalDate firstDay, int firstPain, int latestPain, int days, Status status) {

    /** Where the person stands against the meaningful change, down or up. */
    public enum Status {
        NO_ENTRIES("no entries yet"),
        TOO_EARLY("too early to judge"),
        IMPROVED("improved"),
        NOT_IMPROVED("not improved"),
        WORSE("worse");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public int changePoints() {
        return latestPain - firstPain;
    }
}
