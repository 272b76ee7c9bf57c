package dev.unknot.web;

import java.util.List;

/**
 * How a guided session in the browser ended when it was not saved: stopped by stop signs, or done
 * anonymously.
 */
public record SessionEnd(List<SessionView.Sign> stoppedBy, String summary) {
    public SessionEnd {
        stoppedBy = List.copyOf(stoppedBy);
    }
}
