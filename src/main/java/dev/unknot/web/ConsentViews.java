package dev.unknot.web;

import dev.unknot.care.AuditEntry;
import dev.unknot.care.CareLink;
import dev.unknot.care.Review;
import dev.unknot.care.Seen;
import java.time.ZoneId;
import java.util.List;

/**
 * What a person reads about who sees their record: the clinicians they let in (with a revoke button
 * each), every look at the record, and advice a clinician has seen.
 */
public final class ConsentViews {
    private ConsentViews() {}

    /** A clinician the person lets see their record. */
    public record LinkRow(long clinicianId, String clinician, String clinic, String since) {}

    /** One look at the record. */
    public record AuditRow(String when, String clinician, String clinic, String what) {}

    /** Advice raised for the person that a clinician has seen, with their note. */
    public record SeenRow(String advice, String seen) {}

    static List<LinkRow> links(List<CareLink> links, ZoneId zone) {
        return links.stream()
                .filter(CareLink::active)
                .map(
                        link ->
                                new LinkRow(
                                        link.clinicianId(),
                                        link.clinicianName(),
                                        link.clinicName(),
                                        Dates.day(link.acceptedAt(), zone)))
                .toList();
    }

    static List<AuditRow> audit(List<AuditEntry> audit, ZoneId zone) {
        return audit.stream()
                .map(
                        entry ->
                                new AuditRow(
                                        Dates.moment(entry.at(), zone),
                                        entry.clinicianName(),
                                        entry.clinicName(),
                                        entry.what().words()))
                .toList();
    }

    static List<SeenRow> seen(List<Review> reviews, ZoneId zone) {
        List<SeenRow> rows =
                new java.util.ArrayList<>(
                        reviews.stream()
                                .filter(review -> review.seen().isPresent())
                                .map(
                                        review ->
                                                new SeenRow(
                                                        review.escalation().name()
                                                                + " (raised "
                                                                + Dates.day(review.raisedAt(), zone)
                                                                + ")",
                                                        seenWords(review.seen().get(), zone)))
                                .toList());
        java.util.Collections.reverse(rows);
        return rows;
    }

    static String seenWords(Seen seen, ZoneId zone) {
        return "Seen by " + seen.by() + " on " + Dates.day(seen.at(), zone) + ": " + seen.note();
    }
}
