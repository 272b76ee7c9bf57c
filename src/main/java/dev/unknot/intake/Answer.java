package dev.unknot.intake;

import java.util.Optional;

/**
 * One answer of the intake: either given, or explicitly unanswered. An unanswered safety question
 * is never read as "no": code that needs a value must handle {@link Unanswered} on purpose.
 */
public sealed interface Answer<T> permits Answer.Given, Answer.Unanswered {

    /** A given answer. */
    static <T> Answer<T> of(T value) {
        return new Given<>(value);
    }

    /** The question was not answered (left out, skipped, or "not sure"). */
    @SuppressWarnings("unchecked")
    static <T> Answer<T> unanswered() {
        return (Answer<T>) Unanswered.INSTANCE;
    }

    boolean isAnswered();

    Optional<T> value();

    /** An answer that was given. */
    record Given<T>(T answer) implements Answer<T> {
        public Given {
            if (answer == null) {
                throw new IllegalArgumentException("a given answer needs a value");
            }
        }

        @Override
        public boolean isAnswered() {
            return true;
        }

        @Override
        public Optional<T> value() {
            return Optional.of(answer);
        }
    }

    /** The single "not answered" value. */
    final class Unanswered implements Answer<Object> {
        static final Unanswered INSTANCE = new Unanswered();

        private Unanswered() {}

        @Override
        public boolean isAnswered() {
            return false;
        }

        @Override
        public Optional<Object> value() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "unanswered";
        }
    }
}
