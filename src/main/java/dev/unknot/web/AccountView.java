package dev.unknot.web;

import java.util.List;
import java.util.Optional;

/**
 * The account page: who can see the person's record (each with a revoke button), who has looked at
 * it, and the form to delete everything.
 */
public record AccountView(
        Optional<String> error,
        Optional<String> notice,
        boolean clinician,
        List<ConsentViews.LinkRow> links,
        List<ConsentViews.AuditRow> audit) {
    public AccountView {
        links = List.copyOf(links);
        audit = List.copyOf(audit);
    }
}
