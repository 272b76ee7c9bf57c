package dev.unknot.intake;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kind of value a {@link Question} takes, with what is allowed. Values are {@link Boolean},
 * {@link Integer}, an enum constant, or an unmodifiable {@link Set} of enum constants.
 */
public sealed interface AnswerType
        permits AnswerType.YesNo, AnswerType.Whole, AnswerType.OneOf, AnswerType.SomeOf {

    /** What is allowed, in words for an error message, e.g. "an integer from 0 to 10". */
    String allowed();

    /** Whether {@code value} is a valid value of this type. */
    boolean accepts(Object value);

    /**
     * The answer that means "no": {@code false}, or the code {@code none}; empty for numbers and
     * lists.
     */
    default Optional<Object> no() {
        return Optional.empty();
    }

    /**
     * Whether a given answer says yes in any degree: a question with a "no" answer, not answered
     * "no".
     */
    default boolean saysYes(Object value) {
        return no().filter(no -> !no.equals(value)).isPresent();
    }

    /** A yes/no question. */
    record YesNo() implements AnswerType {
        @Override
        public String allowed() {
            return "true or false";
        }

        @Override
        public boolean accepts(Object value) {
            return value instanceof Boolean;
        }

        @Override
        public Optional<Object> no() {
            return Optional.of(Boolean.FALSE);
        }
    }

    /** A whole number within bounds, both inclusive. */
    record Whole(int min, int max) implements AnswerType {
        @Override
        public String allowed() {
            return "a whole number from " + min + " to " + max;
        }

        @Override
        public boolean accepts(Object value) {
            return value instanceof Integer number && number >= min && number <= max;
        }
    }

    /** Exactly one code of an enum. */
    record OneOf<E extends Enum<E> & Coded>(Class<E> type) implements AnswerType {
        @Override
        public String allowed() {
            return "one of " + String.join(", ", Coded.codes(type));
        }

        @Override
        public boolean accepts(Object value) {
            return type.isInstance(value);
        }

        public Optional<E> parse(String code) {
            return Coded.fromCode(type, code);
        }

        public List<String> codes() {
            return Coded.codes(type);
        }

        @Override
        public Optional<Object> no() {
            return parse("none").map(Object.class::cast);
        }
    }

    /** A set of codes of an enum, with at least {@code minSize} members. */
    record SomeOf<E extends Enum<E> & Coded>(Class<E> type, int minSize) implements AnswerType {
        @Override
        public String allowed() {
            String list = "a list of " + String.join(", ", Coded.codes(type));
            return minSize > 0 ? list + " (at least " + minSize + ")" : list;
        }

        @Override
        public boolean accepts(Object value) {
            return value instanceof Set<?> set
                    && set.size() >= minSize
                    && set.stream().allMatch(type::isInstance);
        }

        public Optional<E> parse(String code) {
            return Coded.fromCode(type, code);
        }

        public List<String> codes() {
            return Coded.codes(type);
        }

        /** The same members as an unmodifiable set in declaration order. */
        Set<E> normalize(Set<?> members) {
            EnumSet<E> set = EnumSet.noneOf(type);
            members.forEach(member -> set.add(type.cast(member)));
            return java.util.Collections.unmodifiableSet(set);
        }

        /** An unmodifiable set of the given constants, in declaration order. */
        public Set<E> setOf(Collection<E> members) {
            EnumSet<E> set = EnumSet.noneOf(type);
            set.addAll(members);
            return java.util.Collections.unmodifiableSet(set);
        }
    }
}
