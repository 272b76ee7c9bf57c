package dev.unknot.knowledge;

import dev.unknot.intake.Coded;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The "when" of a triage rule: a test over the intake in three-valued logic, so that a condition on
 * an unanswered question is {@link Truth#UNKNOWN} rather than false.
 */
public sealed interface Condition {

    Truth test(Intake intake);

    /** Every question this condition reads. */
    Set<Question> questions();

    /**
     * The answers that make this condition true, e.g. {@code flags.fever = true}; empty unless it
     * holds.
     */
    List<String> evidence(Intake intake);

    /**
     * The questions whose answers make this condition true (for "any", only the parts that hold);
     * empty unless it holds.
     */
    Set<Question> firedBy(Intake intake);

    /** The condition in words, e.g. {@code flags.legWeakness is one of both-legs, progressive}. */
    String describe();

    /** The answer to {@code question} equals {@code value} (a Boolean or an enum constant). */
    record Is(Question question, Object value) implements Condition {
        @Override
        public Truth test(Intake intake) {
            Object answer = intake.answers().get(question);
            return answer == null ? Truth.UNKNOWN : Truth.of(answer.equals(value));
        }

        @Override
        public String describe() {
            return question.path() + " is " + shown(value);
        }

        @Override
        public Set<Question> questions() {
            return Set.of(question);
        }

        @Override
        public Set<Question> firedBy(Intake intake) {
            return test(intake) == Truth.TRUE ? Set.of(question) : Set.of();
        }

        @Override
        public List<String> evidence(Intake intake) {
            return test(intake) == Truth.TRUE ? List.of(answered(question, intake)) : List.of();
        }
    }

    /** The answer to {@code question} is one of {@code values}. */
    record In(Question question, Set<Object> values) implements Condition {
        public In {
            values = Set.copyOf(values);
        }

        @Override
        public Truth test(Intake intake) {
            Object answer = intake.answers().get(question);
            return answer == null ? Truth.UNKNOWN : Truth.of(values.contains(answer));
        }

        @Override
        public String describe() {
            return question.path()
                    + " is one of "
                    + values.stream()
                            .map(Condition::shown)
                            .sorted()
                            .collect(java.util.stream.Collectors.joining(", "));
        }

        @Override
        public Set<Question> questions() {
            return Set.of(question);
        }

        @Override
        public Set<Question> firedBy(Intake intake) {
            return test(intake) == Truth.TRUE ? Set.of(question) : Set.of();
        }

        @Override
        public List<String> evidence(Intake intake) {
            return test(intake) == Truth.TRUE ? List.of(answered(question, intake)) : List.of();
        }
    }

    /** The answer to {@code question}, a set, contains {@code member}. */
    record Has(Question question, Object member) implements Condition {
        @Override
        public Truth test(Intake intake) {
            Object answer = intake.answers().get(question);
            return answer == null
                    ? Truth.UNKNOWN
                    : Truth.of(((Collection<?>) answer).contains(member));
        }

        @Override
        public String describe() {
            return question.path() + " includes " + shown(member);
        }

        @Override
        public Set<Question> questions() {
            return Set.of(question);
        }

        @Override
        public Set<Question> firedBy(Intake intake) {
            return test(intake) == Truth.TRUE ? Set.of(question) : Set.of();
        }

        @Override
        public List<String> evidence(Intake intake) {
            return test(intake) == Truth.TRUE
                    ? List.of(question.path() + " includes " + shown(member))
                    : List.of();
        }
    }

    /** The answer to {@code question}, a number, is at least {@code bound}. */
    record AtLeast(Question question, int bound) implements Condition {
        @Override
        public Truth test(Intake intake) {
            Object answer = intake.answers().get(question);
            return answer == null ? Truth.UNKNOWN : Truth.of((Integer) answer >= bound);
        }

        @Override
        public String describe() {
            return question.path() + " is " + bound + " or more";
        }

        @Override
        public Set<Question> questions() {
            return Set.of(question);
        }

        @Override
        public Set<Question> firedBy(Intake intake) {
            return test(intake) == Truth.TRUE ? Set.of(question) : Set.of();
        }

        @Override
        public List<String> evidence(Intake intake) {
            return test(intake) == Truth.TRUE
                    ? List.of(answered(question, intake) + " (at least " + bound + ")")
                    : List.of();
        }
    }

    /** The answer to {@code question}, a number, is below {@code bound}. */
    record Below(Question question, int bound) implements Condition {
        @Override
        public Truth test(Intake intake) {
            Object answer = intake.answers().get(question);
            return answer == null ? Truth.UNKNOWN : Truth.of((Integer) answer < bound);
        }

        @Override
        public String describe() {
            return question.path() + " is below " + bound;
        }

        @Override
        public Set<Question> questions() {
            return Set.of(question);
        }

        @Override
        public Set<Question> firedBy(Intake intake) {
            return test(intake) == Truth.TRUE ? Set.of(question) : Set.of();
        }

        @Override
        public List<String> evidence(Intake intake) {
            return test(intake) == Truth.TRUE
                    ? List.of(answered(question, intake) + " (below " + bound + ")")
                    : List.of();
        }
    }

    /** Every part holds. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public Truth test(Intake intake) {
            Truth result = Truth.TRUE;
            for (Condition part : parts) {
                result = result.and(part.test(intake));
            }
            return result;
        }

        @Override
        public String describe() {
            return parts.stream()
                    .map(Condition::describe)
                    .collect(java.util.stream.Collectors.joining(" and ", "(", ")"));
        }

        @Override
        public Set<Question> questions() {
            return union(parts);
        }

        @Override
        public Set<Question> firedBy(Intake intake) {
            return test(intake) == Truth.TRUE ? unionFiredBy(parts, intake) : Set.of();
        }

        @Override
        public List<String> evidence(Intake intake) {
            if (test(intake) != Truth.TRUE) {
                return List.of();
            }
            List<String> evidence = new ArrayList<>();
            parts.forEach(part -> evidence.addAll(part.evidence(intake)));
            return List.copyOf(evidence);
        }
    }

    /** At least one part holds. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public Truth test(Intake intake) {
            Truth result = Truth.FALSE;
            for (Condition part : parts) {
                result = result.or(part.test(intake));
            }
            return result;
        }

        @Override
        public String describe() {
            return parts.stream()
                    .map(Condition::describe)
                    .collect(java.util.stream.Collectors.joining(" or ", "(", ")"));
        }

        @Override
        public Set<Question> questions() {
            return union(parts);
        }

        @Override
        public Set<Question> firedBy(Intake intake) {
            return unionFiredBy(parts, intake);
        }

        @Override
        public List<String> evidence(Intake intake) {
            List<String> evidence = new ArrayList<>();
            parts.forEach(part -> evidence.addAll(part.evidence(intake)));
            return List.copyOf(evidence);
        }
    }

    private static Set<Question> union(List<Condition> parts) {
        Set<Question> questions = new LinkedHashSet<>();
        parts.forEach(part -> questions.addAll(part.questions()));
        return Set.copyOf(questions);
    }

    private static Set<Question> unionFiredBy(List<Condition> parts, Intake intake) {
        Set<Question> questions = new LinkedHashSet<>();
        parts.forEach(part -> questions.addAll(part.firedBy(intake)));
        return Set.copyOf(questions);
    }

    private static String answered(Question question, Intake intake) {
        return question.path() + " = " + shown(intake.answers().get(question));
    }

    private static String shown(Object value) {
        return value instanceof Coded coded ? coded.code() : String.valueOf(value);
    }
}
