package dev.unknot.cds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A CDS Hooks 2.0 card as the EHR receives it. Optional members that are empty are left out of the
 * JSON ({@code NON_EMPTY}): an empty string or list here means "not given", never null.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Card(
        String uuid,
        String summary,
        String detail,
        Indicator indicator,
        Source source,
        List<Link> links) {
    /** The spec's limit on {@code summary}: fewer than 140 characters. */
    public static final int SUMMARY_LIMIT = 140;

    public Card {
        if (summary.isBlank() || summary.length() >= SUMMARY_LIMIT) {
            throw new IllegalArgumentException(
                    "a card summary must have 1 to 139 characters: " + summary);
        }
        links = List.copyOf(links);
    }

    /** How urgent the card is, in the spec's words. */
    public enum Indicator {
        INFO("info"),
        WARNING("warning"),
        CRITICAL("critical");

        private final String code;

        Indicator(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    /** Where the advice comes from: a label, and an address where it has one. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Source(String label, String url) {}

    /** A link the EHR shows with the card; {@code type} is {@code absolute} or {@code smart}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Link(String label, String url, String type) {}
}
