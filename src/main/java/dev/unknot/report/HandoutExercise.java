package dev.unknot.report;

import dev.unknot.knowledge.Picture;
import java.util.List;
import java.util.Optional;

/**
 * One exercise (or step) as printed: its name, its line drawing where there is one, the steps, the
 * dose in words, one line per part ("2 sets of 10 repetitions", "hold 30 seconds, each side"), when
 * to do it in words ("Mon, Wed, Fri · once a day") and any notes or cautions.
 */
public record HandoutExercise(
        String name,
        Optional<Picture> picture,
        List<String> steps,
        List<String> dose,
        String schedule,
        List<String> notes) {
    public HandoutExercise {
        Handout.requireText("name", name);
        steps = List.copyOf(steps);
        dose = List.copyOf(dose);
        notes = List.copyOf(notes);
        if (dose.isEmpty()) {
            throw new IllegalArgumentException(name + ": an exercise needs its dose");
        }
    }
}
