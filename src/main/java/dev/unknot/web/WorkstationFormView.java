package dev.unknot.web;

import dev.unknot.workstation.Group;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workstation check's form: its groups of items, the answers already chosen (kept when the form
 * comes back with a problem), the problem, and when the last check was taken.
 */
public record WorkstationFormView(
        List<Group> groups,
        Map<String, String> chosen,
        Optional<String> problem,
        Optional<String> lastTaken) {
    public WorkstationFormView {
        groups = List.copyOf(groups);
        chosen = Map.copyOf(chosen);
    }

    /** Whether {@code key} is the answer chosen for {@code itemId}. */
    public boolean checked(String itemId, String key) {
        return key.equals(chosen.get(itemId));
    }
}
