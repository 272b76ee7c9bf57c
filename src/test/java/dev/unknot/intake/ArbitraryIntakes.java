package dev.unknot.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Arbitrary intakes for property tests: any subset of questions answered with any allowed value.
 */
public final class ArbitraryIntakes {
    private ArbitraryIntakes() {}

    /**
     * Half arbitrary intakes, half complete ones that mostly keep the answers of an ordinary knot.
     */
    public static Arbitrary<Intake> intakes() {
        Intake ordinary = TestIntakes.allNo().build();
        List<Arbitrary<Optional<Tuple2<Question, Object>>>> anyAnswers = new ArrayList<>();
        List<Arbitrary<Optional<Tuple2<Question, Object>>>> completeAnswers = new ArrayList<>();
        for (Question question : Question.values()) {
            Arbitrary<Optional<Tuple2<Question, Object>>> answer =
                    values(question).map(value -> Optional.of(Tuple.of(question, value)));
            anyAnswers.add(
                    Arbitraries.frequencyOf(
                            Tuple.of(8, answer), Tuple.of(1, Arbitraries.just(Optional.empty()))));
            completeAnswers.add(
                    Arbitraries.frequencyOf(
                            Tuple.of(1, answer),
                            Tuple.of(
                                    9,
                                    Arbitraries.just(
                                            Optional.of(
                                                    Tuple.of(
                                                            question,
                                                            ordinary.answers().get(question)))))));
        }
        return Arbitraries.oneOf(intakeOf(anyAnswers), intakeOf(completeAnswers));
    }

    private static Arbitrary<Intake> intakeOf(
            List<Arbitrary<Optional<Tuple2<Question, Object>>>> answers) {
        return Combinators.combine(answers)
                .as(
                        list -> {
                            Intake.Builder builder = Intake.builder();
                            list.forEach(
                                    answer ->
                                            answer.ifPresent(
                                                    pair -> builder.put(pair.get1(), pair.get2())));
                            return builder.build();
                        });
    }

    /**
     * Any allowed value of a question; safety questions lean towards "no" so every disposition
     * turns up.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Arbitrary<Object> values(Question question) {
        AnswerType type = question.type();
        Arbitrary<Object> any;
        if (type instanceof AnswerType.YesNo) {
            any = Arbitraries.of(true, false);
        } else if (question == Question.ONSET_DAYS) {
            any =
                    Arbitraries.frequencyOf(
                                    Tuple.of(3, Arbitraries.integers().between(0, 60)),
                                    Tuple.of(1, Arbitraries.integers().between(0, 36500)))
                            .map(n -> n);
        } else if (type instanceof AnswerType.Whole whole) {
            any = Arbitraries.integers().between(whole.min(), whole.max()).map(n -> n);
        } else if (type instanceof AnswerType.OneOf<?> oneOf) {
            any = Arbitraries.of((Object[]) oneOf.type().getEnumConstants());
        } else {
            AnswerType.SomeOf<?> someOf = (AnswerType.SomeOf<?>) type;
            any =
                    Arbitraries.subsetOf((Object[]) someOf.type().getEnumConstants())
                            .ofMinSize(someOf.minSize())
                            .map(set -> set);
        }
        if (!question.isSafety()) {
            return any;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(TestIntakes.no(question))), Tuple.of(1, any));
    }
}
