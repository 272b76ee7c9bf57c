package dev.unknot.intake.text;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.intake.Question;
import dev.unknot.intake.TextReading;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of the reader per safety question over the corpus, and the texts that matter
 * most: under-triaged ones, a "no" the text does not state, a missed emergency answer.
 */
record CorpusReport(
        int texts,
        int exact,
        int sameDispositionAndRules,
        Map<Question, int[]> counts,
        List<String> underTriaged,
        List<String> unstatedNo,
        List<String> seriousRecallMisses) {

    /** Questions whose "yes" alone sends the person to emergency or urgent care. */
    private static final Set<Question> SERIOUS =
            Set.of(
                    Question.BLADDER_BOWEL_CHANGE,
                    Question.SADDLE_NUMBNESS,
                    Question.LEG_WEAKNESS,
                    Question.MAJOR_TRAUMA,
                    Question.FEVER,
                    Question.CHEST_PAIN,
                    Question.SEXUAL_DYSFUNCTION);

    private static final int TP = 0;
    private static final int FP = 1;
    private static final int FN = 2;
    private static final int POSITIVES = 3;
    private static final int AT_LEAST = 4;

    static CorpusReport of(List<Corpus.Case> cases, FreeText reader, Assessor assessor) {
        Map<Question, int[]> counts = new EnumMap<>(Question.class);
        Question.safetyQuestions().forEach(q -> counts.put(q, new int[5]));
        List<String> under = new ArrayList<>();
        List<String> unstatedNo = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        int exact = 0;
        int same = 0;
        for (Corpus.Case c : cases) {
            TextReading reading = reader.read(c.text());
            boolean allRight = true;
            for (Question question : Corpus.EXACT) {
                String expected = c.expect().getOrDefault(question, "?");
                String read = Corpus.shown(reading.intake(), question);
                allRight &= expected.equals(read);
                if (!question.isSafety()) {
                    continue;
                }
                int[] count = counts.get(question);
                if (positive(expected)) {
                    count[POSITIVES]++;
                    if (rank(read) >= rank(expected)) {
                        count[AT_LEAST]++;
                    }
                    if (read.equals(expected)) {
                        count[TP]++;
                    } else {
                        count[FN]++;
                        boolean serious =
                                SERIOUS.contains(question)
                                        || question == Question.LEG_NUMBNESS
                                                && expected.equals("both-legs");
                        if (serious && rank(read) < rank(expected)) {
                            misses.add(c.id() + " " + question.field() + ": " + read);
                        }
                    }
                }
                if (positive(read) && !read.equals(expected)) {
                    count[FP]++;
                }
                if (negative(read) && !read.equals(expected)) {
                    unstatedNo.add(c.id() + " " + question.field() + ": " + read);
                }
            }
            for (Question question : c.expect().keySet()) {
                allRight &=
                        c.expect().get(question).equals(Corpus.shown(reading.intake(), question));
            }
            Assessment assessment = assessor.assess(reading.intake());
            String disposition = FreeTextCorpusTest.disposition(assessment);
            boolean sameResult =
                    disposition.equals(c.disposition())
                            && FreeTextCorpusTest.rules(assessment).equals(c.rules());
            exact += allRight && sameResult ? 1 : 0;
            same += sameResult ? 1 : 0;
            if (severity(disposition) < severity(c.disposition())) {
                under.add(c.id() + ": " + c.disposition() + " read as " + disposition);
            }
        }
        return new CorpusReport(cases.size(), exact, same, counts, under, unstatedNo, misses);
    }

    /** How serious an answer is: both legs and getting worse by the day rank alike. */
    private static int rank(String value) {
        return switch (value) {
            case "?", "false", "none" -> 0;
            case "both-legs", "progressive" -> 2;
            default -> 1;
        };
    }

    private static boolean positive(String value) {
        return !value.equals("?") && !negative(value);
    }

    private static boolean negative(String value) {
        return value.equals("false") || value.equals("none");
    }

    /** Only emergency and urgent outrank the rest; the others all say "not today". */
    private static int severity(String disposition) {
        return switch (disposition) {
            case "EMERGENCY" -> 2;
            case "URGENT" -> 1;
            default -> 0;
        };
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(
                "| texts | all answers, disposition and rules as expected | same disposition and rules | under-triaged | a \"no\" not stated |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        out.append(
                String.format(
                        "| %d | %d (%.1f %%) | %d (%.1f %%) | %d | %d |%n%n",
                        texts,
                        exact,
                        100.0 * exact / texts,
                        sameDispositionAndRules,
                        100.0 * sameDispositionAndRules / texts,
                        underTriaged.size(),
                        unstatedNo.size()));
        out.append(
                "| safety question | texts where it is yes | precision | recall (same answer) | recall (as serious or more) |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        counts.forEach(
                (question, count) ->
                        out.append(
                                String.format(
                                        "| `%s` | %d | %s | %s | %s |%n",
                                        question.field(),
                                        count[POSITIVES],
                                        ratio(count[TP], count[TP] + count[FP]),
                                        ratio(count[TP], count[TP] + count[FN]),
                                        ratio(count[AT_LEAST], count[POSITIVES]))));
        return out.toString();
    }

    /** The texts that matter most, by name, for the reviewers. */
    String findings() {
        StringBuilder out = new StringBuilder();
        out.append("Under-triaged: ")
                .append(underTriaged.isEmpty() ? "none" : underTriaged)
                .append('\n');
        out.append("A \"no\" not stated: ")
                .append(unstatedNo.isEmpty() ? "none" : unstatedNo)
                .append('\n');
        out.append("Missed emergency or urgent answers: ")
                .append(seriousRecallMisses.isEmpty() ? "none" : seriousRecallMisses)
                .append('\n');
        return out.toString();
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "–" : String.format("%.1f %%", 100.0 * part / whole);
    }
}
