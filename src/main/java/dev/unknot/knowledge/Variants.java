package dev.unknot.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the library's easier and harder variants: each names an entry of the library other than
 * itself, they agree both ways (when A's harder variant is B, B's easier variant is A), and
 * following harder variants never leads round in a circle, so progression always ends.
 */
final class Variants {
    private Variants() {}

    static void check(Node root, Map<String, LibraryExercise> byId) {
        for (LibraryExercise exercise : byId.values()) {
            Node entry = root.named("exercise " + exercise.id());
            for (Optional<String> variant : List.of(exercise.easier(), exercise.harder())) {
                if (variant.isPresent() && !byId.containsKey(variant.get())) {
                    throw entry.problem("unknown variant '" + variant.get() + "'");
                }
                if (variant.isPresent() && variant.get().equals(exercise.id())) {
                    throw entry.problem("is its own variant");
                }
            }
            exercise.harder()
                    .map(byId::get)
                    .filter(harder -> !harder.easier().equals(Optional.of(exercise.id())))
                    .ifPresent(
                            harder -> {
                                throw entry.problem(
                                        "harder variant '"
                                                + harder.id()
                                                + "' must name '"
                                                + exercise.id()
                                                + "' as its easier variant");
                            });
            exercise.easier()
                    .map(byId::get)
                    .filter(easier -> !easier.harder().equals(Optional.of(exercise.id())))
                    .ifPresent(
                            easier -> {
                                throw entry.problem(
                                        "easier variant '"
                                                + easier.id()
                                                + "' must name '"
                                                + exercise.id()
                                                + "' as its harder variant");
                            });
            // Each step harder must lead somewhere new, or progression would go round forever.
            Set<String> seen = new HashSet<>();
            Optional<String> next = Optional.of(exercise.id());
            while (next.isPresent()) {
                if (!seen.add(next.get())) {
                    throw entry.problem("harder variants lead round in a circle: " + seen);
                }
                next = byId.get(next.get()).harder();
            }
        }
    }
}
