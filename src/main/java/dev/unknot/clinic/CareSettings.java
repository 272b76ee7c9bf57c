package dev.unknot.clinic;

/**
 * The dashboard's settings: after how many days without a diary entry a person is flagged, and how
 * many days the pain trend shows.
 */
public record CareSettings(int quietDays, int trendDays) {
    /** A week without an entry is flagged; four weeks of pain are drawn. */
    public static final CareSettings DEFAULT = new CareSettings(7, 28);

    public CareSettings {
        if (quietDays < 1 || trendDays < 2) {
            throw new IllegalArgumentException("quietDays must be >= 1 and trendDays >= 2");
        }
    }
}
