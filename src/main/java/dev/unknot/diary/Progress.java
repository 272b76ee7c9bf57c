package dev.unknot.diary;

import java.time.LocalDate;

/**
 * How the pain has moved since the first diary entry: the 14-day verdict of the follow-up rules.
 * {@code status} is {@link Status#TOO_EARLY} until the first entry is {@code afterDays} old.
 */
public record Progress(LocalDate firstDay, int firstPain, int latestPain, int days, Status status) {

    /** Where the person stands against the "improved" threshold. */
    public enum Status {
        NO_ENTRIES("no entries yet"),
        TOO_EARLY("too early to judge"),
        IMPROVED("improved"),
        NOT_IMPROVED("not improved");

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
