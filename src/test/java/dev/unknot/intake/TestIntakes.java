package dev.unknot.intake;

import java.util.Map;
import java.util.Set;

/** Intakes for tests: a person with an ordinary knot who answers every safety question "no". */
public final class TestIntakes {
    /**
     * An ordinary knot as the wizards' forms spell it, by field path: the graded safety questions
     * answered "none"; every safety question not listed is to be answered "no".
     */
    public static final Map<String, String> ORDINARY_BY_PATH =
            Map.ofEntries(
                    Map.entry("flags.legWeakness", "none"),
                    Map.entry("flags.legNumbness", "none"),
                    Map.entry("regions", "above-hip"),
                    Map.entry("side", "right"),
                    Map.entry("feel", "tender-nodule"),
                    Map.entry("lumpGrowing", "no"),
                    Map.entry("spread", "buttock"),
                    Map.entry("onsetDays", "3"),
                    Map.entry("painNow", "5"),
                    Map.entry("age", "38"),
                    Map.entry("causes", "lifting"),
                    Map.entry("tools", "tennis-ball"));

    /**
     * The example of intake.md (also examples/intake.json): every safety answer no, a self-care
     * case.
     */
    public static final String EXAMPLE_JSON =
            """
            {
              "age": 38, "onsetDays": 3, "painNow": 5,
              "regions": ["above-hip"], "side": "right",
              "feel": ["tender-nodule"], "lumpGrowing": false,
              "spread": "buttock", "causes": ["lifting"],
              "tools": ["tennis-ball", "heating-pad"],
              "flags": {
                "bladderBowelChange": false, "saddleNumbness": false,
                "legWeakness": "none", "legNumbness": "none", "localNumbness": false,
                "majorTrauma": false, "fever": false, "weightLoss": false, "cancerHistory": false,
                "nightPain": false, "constantRestPain": false, "worseningDespiteCare": false,
                "swollenLymphNodes": false, "chestPain": false, "steroidsOrImmunosuppressed": false,
                "worseOnCoughSneeze": false, "sexualDysfunction": false
              }
            }
            """;

    private TestIntakes() {}

    /**
     * Every question answered: 38 years old, day 3, pain 5, a knot above the right hip from
     * lifting, hands only, and "no" (false / none) to every safety question. Triage gives
     * SELF_CARE.
     */
    public static Intake.Builder allNo() {
        Intake.Builder builder =
                Intake.builder()
                        .put(Question.AGE, 38)
                        .put(Question.ONSET_DAYS, 3)
                        .put(Question.PAIN_NOW, 5)
                        .put(Question.REGIONS, Set.of(Region.ABOVE_HIP))
                        .put(Question.SIDE, Side.RIGHT)
                        .put(Question.FEEL, Set.of(Feel.TENDER_NODULE))
                        .put(Question.LUMP_GROWING, false)
                        .put(Question.SPREAD, Spread.BUTTOCK)
                        .put(Question.CAUSES, Set.of(Cause.LIFTING))
                        .put(Question.TOOLS, Set.of());
        for (Question question : Question.safetyQuestions()) {
            builder.put(question, no(question));
        }
        return builder;
    }

    /** The "no" answer of a safety question: {@code false}, or the {@code none} code. */
    public static Object no(Question question) {
        return question.type()
                .no()
                .orElseThrow(() -> new IllegalArgumentException(question + " has no 'no' answer"));
    }
}
