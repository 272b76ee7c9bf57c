package dev.unknot.intake.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Question;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Properties of the reader over the evaluation corpus: what one sentence says plainly is never lost
 * to what another sentence says, and no text makes it fail other than by its length.
 */
class FreeTextProperties {
    private static final FreeText READER = new FreeText();
    private static final List<String> TEXTS =
            Corpus.cases().stream().map(Corpus.Case::text).toList();

    /** Plain statements of a red flag, each with the question it must settle as yes. */
    private static final List<Tuple.Tuple2<String, Question>> PLAIN =
            List.of(
                    Tuple.of("I wet myself this morning.", Question.BLADDER_BOWEL_CHANGE),
                    Tuple.of("My groin is numb.", Question.SADDLE_NUMBNESS),
                    Tuple.of("I have a fever of 38.6.", Question.FEVER),
                    Tuple.of("I fell down the stairs on Monday.", Question.MAJOR_TRAUMA),
                    Tuple.of("I have chest pain.", Question.CHEST_PAIN),
                    Tuple.of(
                            "I can't get an erection since the pain began.",
                            Question.SEXUAL_DYSFUNCTION));

    @Provide
    Arbitrary<String> corpusTexts() {
        return Arbitraries.of(TEXTS);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, Question>> plainStatements() {
        return Arbitraries.of(PLAIN);
    }

    @Property(tries = 400)
    void aPlainRedFlagInItsOwnSentenceIsReadWhateverCameBefore(
            @ForAll("corpusTexts") String text,
            @ForAll("plainStatements") Tuple.Tuple2<String, Question> plain) {
        String both = text.strip() + "\n" + plain.get1();
        if (both.length() > FreeText.MAX_LENGTH) {
            return;
        }
        assertThat(READER.read(both).intake().answer(plain.get2()).value())
                .as("%s after \"%s\"", plain.get2().field(), text)
                .contains(Boolean.TRUE);
    }

    /**
     * One reader is shared by every web request: read from eight threads at once, every text is
     * read as one thread reads it (the typo memory is the only state that lives between reads).
     */
    @net.jqwik.api.Example
    void readsTheSameFromManyThreadsAtOnce() throws Exception {
        FreeText fresh = new FreeText();
        java.util.Map<String, String> alone = new java.util.HashMap<>();
        for (String text : TEXTS) {
            alone.put(text, new FreeText().read(text).toString());
        }
        java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t * 37;
                runs.add(
                        pool.submit(
                                () -> {
                                    List<String> wrong = new java.util.ArrayList<>();
                                    for (int i = 0; i < TEXTS.size(); i++) {
                                        String text = TEXTS.get((i + offset) % TEXTS.size());
                                        if (!fresh.read(text).toString().equals(alone.get(text))) {
                                            wrong.add(text);
                                        }
                                    }
                                    return wrong;
                                }));
            }
            for (java.util.concurrent.Future<List<String>> run : runs) {
                assertThat(run.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Property(tries = 400)
    void anyMixOfCorpusWordsIsReadWithoutFailing(
            @ForAll("corpusTexts") String first, @ForAll("corpusTexts") String second) {
        String[] a = first.split(" ");
        String[] b = second.split(" ");
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            mixed.append(i % 2 == 0 && i < a.length ? a[i] : i < b.length ? b[i] : "").append(' ');
        }
        try {
            READER.read(mixed.toString());
        } catch (InvalidInputException refused) {
            assertThat(refused.getMessage()).contains("text");
        }
    }
}
