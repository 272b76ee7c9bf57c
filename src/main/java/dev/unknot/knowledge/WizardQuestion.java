package dev.unknot.knowledge;

import dev.unknot.intake.Coded;
import dev.unknot.intake.Question;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question as the wizard asks it: plain-words prompt, a label for each allowed code, and each
 * answer in plain words as it is read back to the person ({@code said}, see {@code
 * questions.yaml}). The loader checks that every answer the question takes has its words.
 */
public record WizardQuestion(
        Question question, String prompt, Map<String, String> choices, Map<String, String> said) {

    /** The key of a number's words, with {@code {}} where the number goes. */
    static final String NUMBER = "number";

    /** The key of several answers' words, with {@code {}} where the choices' words go. */
    static final String SOME = "some";

    /** The key of the words for no answer at all among several. */
    static final String NONE = "none";

    public WizardQuestion {
        choices = Collections.unmodifiableMap(new LinkedHashMap<>(choices));
        said = Collections.unmodifiableMap(new LinkedHashMap<>(said));
    }

    /**
     * An answer to this question in plain words, e.g. "no fever or chills", "numbness or tingling
     * in both legs", "started 3 days ago", "a knot just above the hip bone"; {@code value} is one
     * the question takes.
     */
    public String said(Object value) {
        if (value instanceof Boolean yes) {
            return said.get(yes ? "yes" : "no");
        }
        if (value instanceof Integer number) {
            String words = said.get(String.valueOf(number));
            return words != null ? words : said.get(NUMBER).replace("{}", String.valueOf(number));
        }
        if (value instanceof Coded coded) {
            return said.get(coded.code());
        }
        List<String> members =
                ((Set<?>) value)
                        .stream()
                                .map(Enum.class::cast)
                                .sorted()
                                .map(member -> ((Coded) member).code())
                                .map(code -> said.getOrDefault(code, choices.get(code)))
                                .toList();
        return members.isEmpty() ? said.get(NONE) : said.get(SOME).replace("{}", listed(members));
    }

    /** "a", "a and b", "a, b and c". */
    private static String listed(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1))
                + " and "
                + words.get(words.size() - 1);
    }
}
