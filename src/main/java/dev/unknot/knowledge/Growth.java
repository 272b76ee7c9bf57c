package dev.unknot.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * How one kind of exercise is built up and down: by repetitions, by the hold or by minutes, each
 * with its step, top and floor. A kind with no step at all (self-massage) is not built up.
 */
public record Growth(
        LibraryExercise.Kind kind,
        Optional<Step> reps,
        Optional<Step> holdSeconds,
        Optional<Step> minutes,
        List<String> sources)
        implements Cited {

    public Growth {
        sources = List.copyOf(sources);
    }

    /**
     * How much more or less at a time ({@code step}), the most before the harder variant ({@code
     * top}) and the least before the easier one ({@code floor}).
     */
    public record Step(int step, int top, int floor) {
        public Step {
            if (step <= 0 || floor <= 0 || top < floor) {
                throw new IllegalArgumentException(
                        "a step needs step > 0 and 0 < floor <= top, was "
                                + step
                                + ", "
                                + floor
                                + "-"
                                + top);
            }
        }
    }
}
