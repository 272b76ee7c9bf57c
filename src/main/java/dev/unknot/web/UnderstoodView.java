package dev.unknot.web;

import dev.unknot.intake.Question;
import dev.unknot.intake.TextReading;
import java.util.ArrayList;
import java.util.List;

/**
 * What unknot understood from a free-text description, and the wizard that asks only what is left.
 */
public record UnderstoodView(
        String text, List<Line> understood, List<Line> unsure, WizardState rest) {

    public UnderstoodView {
        understood = List.copyOf(understood);
        unsure = List.copyOf(unsure);
    }

    /** One question: its field, the answer taken (or empty when unsure) and the words behind it. */
    public record Line(String field, String answer, String words) {}

    public boolean hasQuestionsLeft() {
        return !rest.todo().isEmpty();
    }

    public String resultQuery() {
        return "a=" + WizardState.url(rest.answers());
    }

    static UnderstoodView of(String text, TextReading reading, WizardFlow flow) {
        List<Line> understood = new ArrayList<>();
        List<Line> unsure = new ArrayList<>();
        for (Question question : Question.values()) {
            if (reading.evidence().containsKey(question)) {
                understood.add(
                        new Line(
                                question.path(),
                                reading.intake().shown(question),
                                reading.evidence().get(question)));
            }
            if (reading.unsure().containsKey(question)) {
                unsure.add(new Line(question.path(), "", reading.unsure().get(question)));
            }
        }
        return new UnderstoodView(text, understood, unsure, flow.start(reading.intake()));
    }
}
