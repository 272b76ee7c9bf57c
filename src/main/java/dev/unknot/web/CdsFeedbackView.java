package dev.unknot.web;

import dev.unknot.care.EhrFeedback;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The clinicians' page of what EHRs said about unknot's cards, in words, newest first. */
public record CdsFeedbackView(List<String> lines) {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    public CdsFeedbackView {
        lines = List.copyOf(lines);
    }

    static CdsFeedbackView of(List<EhrFeedback> feedback, ZoneId zone) {
        return new CdsFeedbackView(feedback.stream().map(item -> words(item, zone)).toList());
    }

    static String words(EhrFeedback item, ZoneId zone) {
        StringBuilder words = new StringBuilder();
        words.append(WHEN.format(item.outcomeAt().atZone(zone)))
                .append(": a clinician at ")
                .append(item.issuer())
                .append(
                        "accepted".equals(item.outcome())
                                ? " accepted the advice"
                                : " set the advice aside");
        if (item.acceptedSuggestions() > 0) {
            words.append(" and ").append(item.acceptedSuggestions()).append(" suggestion(s)");
        }
        if (!item.overrideReason().isEmpty()) {
            words.append(", saying: \u201c").append(item.overrideReason()).append("\u201d");
        }
        words.append(" (card ").append(item.card()).append(")");
        return words.toString();
    }
}
