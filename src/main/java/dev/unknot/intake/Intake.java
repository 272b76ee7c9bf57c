package dev.unknot.intake;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person has told unknot about their lower back: the single record every front end produces
 * and triage and planning read. Questions absent from {@code answers} are unanswered.
 *
 * <p>Immutable and thread-safe.
 */
public record Intake(Map<Question, Object> answers) {

    private static final Intake EMPTY = new Intake(Map.of());

    public Intake {
        EnumMap<Question, Object> copy = new EnumMap<>(Question.class);
        for (Map.Entry<Question, Object> entry : answers.entrySet()) {
            Question question = entry.getKey();
            if (!question.type().accepts(entry.getValue())) {
                throw new IllegalArgumentException(
                        question.path()
                                + " must be "
                                + question.type().allowed()
                                + ", was "
                                + entry.getValue());
            }
            Object value = entry.getValue();
            if (question.type() instanceof AnswerType.SomeOf<?> someOf) {
                value = someOf.normalize((Set<?>) value);
            }
            copy.put(question, value);
        }
        answers = Collections.unmodifiableMap(copy);
    }

    /** An intake with nothing answered. */
    public static Intake empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this intake's answers. */
    public Builder toBuilder() {
        return new Builder().putAll(answers);
    }

    /**
     * The raw answer to any question: a Boolean, Integer, enum constant or set of enum constants.
     */
    public Answer<Object> answer(Question question) {
        Object value = answers.get(question);
        return value == null ? Answer.unanswered() : Answer.of(value);
    }

    public boolean isAnswered(Question question) {
        return answers.containsKey(question);
    }

    /** The safety questions still open, in contract order. */
    public List<Question> unansweredSafetyQuestions() {
        return Question.safetyQuestions().stream().filter(q -> !isAnswered(q)).toList();
    }

    /**
     * The answer in plain words: "yes", "no", a code, codes separated by commas, a number, or
     * "unanswered".
     */
    public String shown(Question question) {
        Object value = answers.get(question);
        if (value == null) {
            return "unanswered";
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof Set<?> set) {
            return set.stream()
                    .map(item -> ((Coded) item).code())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return value instanceof Coded coded ? coded.code() : String.valueOf(value);
    }

    public Answer<Integer> age() {
        return typed(Question.AGE);
    }

    public Answer<Integer> onsetDays() {
        return typed(Question.ONSET_DAYS);
    }

    public Answer<Integer> painNow() {
        return typed(Question.PAIN_NOW);
    }

    public Set<Region> regions() {
        return setOf(Question.REGIONS, Region.class);
    }

    public Answer<Side> side() {
        return typed(Question.SIDE);
    }

    public Set<Feel> feel() {
        return setOf(Question.FEEL, Feel.class);
    }

    public Set<Cause> causes() {
        return setOf(Question.CAUSES, Cause.class);
    }

    /** The tools at hand; {@link Tool#HANDS} is always among them. */
    public Set<Tool> tools() {
        EnumSet<Tool> tools = EnumSet.of(Tool.HANDS);
        tools.addAll(setOf(Question.TOOLS, Tool.class));
        return Collections.unmodifiableSet(tools);
    }

    @SuppressWarnings("unchecked")
    private <T> Answer<T> typed(Question question) {
        return (Answer<T>) answer(question);
    }

    @SuppressWarnings("unchecked")
    private <E extends Enum<E>> Set<E> setOf(Question question, Class<E> type) {
        Object value = answers.get(question);
        return value == null ? Collections.unmodifiableSet(EnumSet.noneOf(type)) : (Set<E>) value;
    }

    /** Collects answers one at a time; values are checked when {@link #build()} is called. */
    public static final class Builder {
        private final EnumMap<Question, Object> answers = new EnumMap<>(Question.class);

        private Builder() {}

        /**
         * Sets an answer; a value the question does not take is a programming error, never stored.
         */
        public Builder put(Question question, Object value) {
            if (!question.type().accepts(value)) {
                throw new IllegalArgumentException(question.path() + " does not take " + value);
            }
            answers.put(question, value);
            return this;
        }

        public Builder putAll(Map<Question, Object> values) {
            values.forEach(this::put);
            return this;
        }

        public Builder clear(Question question) {
            answers.remove(question);
            return this;
        }

        public boolean has(Question question) {
            return answers.containsKey(question);
        }

        public Intake build() {
            return new Intake(answers);
        }
    }
}
