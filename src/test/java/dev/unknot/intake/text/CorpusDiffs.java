package dev.unknot.intake.text;

import dev.unknot.app.TestApps;
import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.intake.Question;
import dev.unknot.intake.TextReading;

/** Prints every corpus text the reader gets wrong, with the differences: a tool for reviewers. */
public final class CorpusDiffs {
    private CorpusDiffs() {}

    public static void main(String[] args) {
        FreeText reader = new FreeText();
        Assessor assessor = TestApps.inMemory("diffs").assessor();
        int wrong = 0;
        for (Corpus.Case c : Corpus.cases()) {
            if (args.length > 0 && !c.id().startsWith(args[0])) {
                continue;
            }
            TextReading reading = reader.read(c.text());
            StringBuilder diffs = new StringBuilder();
            for (Question question : c.checked()) {
                String expected = c.expect().getOrDefault(question, "?");
                String read = Corpus.shown(reading.intake(), question);
                if (!expected.equals(read)) {
                    diffs.append(
                            String.format(
                                    "    %s: expected %s, read %s  [%s | %s]%n",
                                    question.field(),
                                    expected,
                                    read,
                                    reading.evidence().getOrDefault(question, ""),
                                    reading.unsure().getOrDefault(question, "")));
                }
            }
            Assessment assessment = assessor.assess(reading.intake());
            String disposition = FreeTextCorpusTest.disposition(assessment);
            if (!disposition.equals(c.disposition())) {
                diffs.append("    DISPOSITION " + c.disposition() + " read " + disposition + "\n");
            }
            if (diffs.length() > 0) {
                wrong++;
                System.out.println(c.id() + ": " + c.text() + "\n" + diffs);
            }
        }
        System.out.println(wrong + " wrong");
    }
}
