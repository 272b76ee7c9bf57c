package dev.unknot.web;

import java.util.List;
import java.util.Optional;

/**
 * The clinician's invites: a button to make one, the one just made (its link and code are shown
 * only now) and the earlier ones with their state.
 */
public record InvitesView(String clinician, String clinic, Optional<Fresh> fresh, List<Row> rows) {
    public InvitesView {
        rows = List.copyOf(rows);
    }

    /** An invite just made: the link to send, the code to type, and when it expires. */
    public record Fresh(String link, String code, String expires) {}

    /** An earlier invite: when it was made and what became of it. */
    public record Row(String made, String state) {}
}
