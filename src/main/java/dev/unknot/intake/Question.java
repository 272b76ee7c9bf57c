package dev.unknot.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every question of the intake contract ({@code intake.md}), with its JSON name and allowed values.
 * Safety questions live under {@code flags} in the JSON form.
 */
public enum Question {
    AGE("age", new AnswerType.Whole(1, 120), false),
    ONSET_DAYS("onsetDays", new AnswerType.Whole(0, 36500), false),
    PAIN_NOW("painNow", new AnswerType.Whole(0, 10), false),
    REGIONS("regions", new AnswerType.SomeOf<>(Region.class, 1), false),
    SIDE("side", new AnswerType.OneOf<>(Side.class), false),
    FEEL("feel", new AnswerType.SomeOf<>(Feel.class, 0), false),
    LUMP_GROWING("lumpGrowing", new AnswerType.YesNo(), false),
    SPREAD("spread", new AnswerType.OneOf<>(Spread.class), false),
    CAUSES("causes", new AnswerType.SomeOf<>(Cause.class, 0), false),
    TOOLS("tools", new AnswerType.SomeOf<>(Tool.class, 0), false),

    BLADDER_BOWEL_CHANGE("bladderBowelChange", new AnswerType.YesNo(), true),
    SADDLE_NUMBNESS("saddleNumbness", new AnswerType.YesNo(), true),
    LEG_WEAKNESS("legWeakness", new AnswerType.OneOf<>(LegWeakness.class), true),
    LEG_NUMBNESS("legNumbness", new AnswerType.OneOf<>(LegNumbness.class), true),
    LOCAL_NUMBNESS("localNumbness", new AnswerType.YesNo(), true),
    MAJOR_TRAUMA("majorTrauma", new AnswerType.YesNo(), true),
    FEVER("fever", new AnswerType.YesNo(), true),
    WEIGHT_LOSS("weightLoss", new AnswerType.YesNo(), true),
    CANCER_HISTORY("cancerHistory", new AnswerType.YesNo(), true),
    NIGHT_PAIN("nightPain", new AnswerType.YesNo(), true),
    CONSTANT_REST_PAIN("constantRestPain", new AnswerType.YesNo(), true),
    WORSENING_DESPITE_CARE("worseningDespiteCare", new AnswerType.YesNo(), true),
    SWOLLEN_LYMPH_NODES("swollenLymphNodes", new AnswerType.YesNo(), true),
    CHEST_PAIN("chestPain", new AnswerType.YesNo(), true),
    STEROIDS_OR_IMMUNOSUPPRESSED("steroidsOrImmunosuppressed", new AnswerType.YesNo(), true),
    WORSE_ON_COUGH_SNEEZE("worseOnCoughSneeze", new AnswerType.YesNo(), true),
    SEXUAL_DYSFUNCTION("sexualDysfunction", new AnswerType.YesNo(), true);

    private static final List<Question> SAFETY =
            Arrays.stream(values()).filter(Question::isSafety).toList();
    private static final List<Question> ABOUT_THE_KNOT =
            Arrays.stream(values()).filter(q -> !q.isSafety()).toList();

    private final String field;
    private final AnswerType type;
    private final boolean safety;

    Question(String field, AnswerType type, boolean safety) {
        this.field = field;
        this.type = type;
        this.safety = safety;
    }

    /** The field name in the JSON form, e.g. {@code "painNow"} or {@code "fever"}. */
    public String field() {
        return field;
    }

    /** The path of the field in the JSON form, e.g. {@code "flags.fever"}. */
    public String path() {
        return safety ? "flags." + field : field;
    }

    public AnswerType type() {
        return type;
    }

    /** A safety (red-flag) question, under {@code flags}. */
    public boolean isSafety() {
        return safety;
    }

    public static List<Question> safetyQuestions() {
        return SAFETY;
    }

    public static List<Question> knotQuestions() {
        return ABOUT_THE_KNOT;
    }

    /**
     * Finds a question by its path only ({@code flags.fever}, {@code age}), as the API names it.
     */
    public static Optional<Question> byPath(String path) {
        for (Question question : values()) {
            if (question.path().equals(path)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    /** Finds a question by its field name or its path ({@code fever} or {@code flags.fever}). */
    public static Optional<Question> byField(String name) {
        for (Question question : values()) {
            if (question.field.equals(name) || question.path().equals(name)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }
}
