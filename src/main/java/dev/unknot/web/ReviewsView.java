package dev.unknot.web;

import java.util.List;
import java.util.Optional;

/** The review queue: advice raised for the clinician's people that no one has reviewed yet. */
public record ReviewsView(List<Item> items, Optional<String> notice, Optional<String> error) {
    public ReviewsView {
        items = List.copyOf(items);
    }

    /** One piece of advice, whose it is, and the form to mark it seen. */
    public record Item(long personId, String person, PatientView.ReviewRow review) {}
}
