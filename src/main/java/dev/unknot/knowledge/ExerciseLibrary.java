package dev.unknot.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exercises a plan is built from, loaded and checked from {@code exercises.yaml} and {@code
 * care.yaml}: the stretches and self-massage techniques of the care content (kind {@code STRETCH}
 * and {@code MASSAGE}) followed by the strengthening, stability and walking exercises with their
 * easier and harder variants. Every variant id names an entry here, and variants are consistent
 * both ways: when A's harder variant is B, B's easier variant is A. Immutable and thread-safe.
 */
public record ExerciseLibrary(List<LibraryExercise> exercises) {

    public ExerciseLibrary {
        exercises = List.copyOf(exercises);
        Map<String, LibraryExercise> byId = new LinkedHashMap<>();
        for (LibraryExercise exercise : exercises) {
            if (byId.put(exercise.id(), exercise) != null) {
                throw new IllegalArgumentException("two exercises with id " + exercise.id());
            }
        }
    }

    /** The entry with this id. */
    public Optional<LibraryExercise> exercise(String id) {
        return exercises.stream().filter(exercise -> exercise.id().equals(id)).findFirst();
    }

    /** Every entry of one kind, in file order. */
    public List<LibraryExercise> ofKind(LibraryExercise.Kind kind) {
        return exercises.stream().filter(exercise -> exercise.kind() == kind).toList();
    }

    /** Every entry that works this muscle (an id from {@code muscles.yaml}), in file order. */
    public List<LibraryExercise> forMuscle(String muscleId) {
        return exercises.stream()
                .filter(exercise -> exercise.targetMuscles().contains(muscleId))
                .toList();
    }

    /** The easier variant of an exercise, where it has one. */
    public Optional<LibraryExercise> easier(LibraryExercise exercise) {
        return exercise.easier().flatMap(this::exercise);
    }

    /** The harder variant of an exercise, where it has one. */
    public Optional<LibraryExercise> harder(LibraryExercise exercise) {
        return exercise.harder().flatMap(this::exercise);
    }
}
