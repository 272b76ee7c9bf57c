package dev.unknot.workstation;

import java.util.List;

/** A part of the desk set-up ("Chair and lower-back support") and its items, in asking order. */
public record Group(String id, String title, List<Item> items) {
    public Group {
        items = List.copyOf(items);
    }
}
