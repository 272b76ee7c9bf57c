package dev.unknot.web;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.Interview;
import dev.unknot.assessment.Understood;
import dev.unknot.intake.Answer;
import dev.unknot.intake.Intake;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Question;
import dev.unknot.intake.text.FreeText;
import dev.unknot.knowledge.KnowledgeBase;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The server-rendered pages; they work without JavaScript. Answers travel in the pages ({@link
 * WizardState}): a wizard form is POSTed, then redirected (303) to a GET of the next question or
 * the result, so reload and the back button are safe. Nothing is stored on the server.
 */
final class Pages {
    private final KnowledgeBase knowledge;
    private final Assessor assessor;
    private final FreeText freeText;
    private final Interview interview;
    private final WizardFlow flow;
    private final Templates templates;

    Pages(
            KnowledgeBase knowledge,
            Assessor assessor,
            FreeText freeText,
            Interview interview,
            WizardFlow flow,
            Templates templates) {
        this.knowledge = knowledge;
        this.assessor = assessor;
        this.freeText = freeText;
        this.interview = interview;
        this.flow = flow;
        this.templates = templates;
    }

    void home(Context ctx) {
        templates.page(ctx, "index", knowledge.disclaimer());
    }

    void question(Context ctx) {
        WizardState state =
                ctx.queryParam("q") == null && ctx.queryParam("a") == null
                        ? flow.start(Intake.empty())
                        : WizardState.read(
                                ctx.queryParam("a"), ctx.queryParam("q"), ctx.queryParam("n"));
        if (state.finished() || flow.decided(state)) {
            toResult(ctx, state);
            return;
        }
        templates.page(
                ctx,
                "question",
                QuestionView.of(state, flow.question(state.current()), Optional.empty()));
    }

    void answer(Context ctx) {
        WizardState state =
                WizardState.read(ctx.formParam("a"), ctx.formParam("q"), ctx.formParam("n"));
        if (state.finished()) {
            toResult(ctx, state);
            return;
        }
        if ("back".equals(ctx.formParam("go"))) {
            ctx.redirect("/assess?" + flow.back(state).query(), HttpStatus.SEE_OTHER);
            return;
        }
        Optional<Answer<Object>> answer =
                FormAnswer.parse(state.current(), ctx.formParams("answer"));
        if (answer.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            templates.page(
                    ctx,
                    "question",
                    QuestionView.of(
                            state,
                            flow.question(state.current()),
                            Optional.of(
                                    "Please pick one of the answers below (or \"not sure\"): "
                                            + state.current().type().allowed()
                                            + ".")));
            return;
        }
        WizardState next = flow.answer(state, answer.get());
        if (next.finished()) {
            toResult(ctx, next);
        } else {
            ctx.redirect("/assess?" + next.query(), HttpStatus.SEE_OTHER);
        }
    }

    void result(Context ctx) {
        Intake intake = WizardState.decode(ctx.queryParam("a"));
        Assessment assessment = assessor.assess(intake);
        ctx.attribute(Operations.DISPOSITION, assessment.triage().disposition().name());
        templates.page(ctx, "result", ResultView.of(assessment, knowledge, flow));
    }

    /**
     * A description in the person's own words ({@code POST /text}), with the answers read from it
     * that they said were not what they meant ({@code notMeant}, taken back and asked in full).
     * First it is read back for them to confirm; an emergency in the words themselves shows its
     * advice at once, with the words behind it and a way to say that is not what they meant. The
     * text is posted each time, so nothing long rides in an address. With {@code go}, the person
     * has confirmed: on to the open questions ({@code ask}) or the result with only these answers.
     */
    void understood(Context ctx) {
        String text = Optional.ofNullable(ctx.formParam("text")).orElse("");
        Set<Question> notMeant = EnumSet.noneOf(Question.class);
        for (String path : ctx.formParams("notMeant")) {
            notMeant.add(TextRequest.questionPath("notMeant", path));
        }
        Understood understood = interview.understood(freeText.read(text), notMeant);
        String go = ctx.formParam("go");
        if (go == null) {
            UnderstoodView view = UnderstoodView.of(text, understood, flow);
            if (understood.isEmergency()) {
                // an emergency in the words themselves: what to do comes first, not questions
                Assessment assessment = assessor.assess(understood.reading().intake());
                ctx.attribute(Operations.DISPOSITION, assessment.triage().disposition().name());
                templates.page(
                        ctx,
                        "result",
                        ResultView.of(assessment, knowledge, flow, Optional.of(view)));
                return;
            }
            templates.page(ctx, "understood", view);
            return;
        }
        WizardState rest = flow.start(understood.reading().intake());
        switch (go) {
            case "ask" -> {
                if (rest.finished() || flow.decided(rest)) {
                    toResult(ctx, rest);
                } else {
                    ctx.redirect("/assess?" + rest.query(), HttpStatus.SEE_OTHER);
                }
            }
            case "result" -> toResult(ctx, rest);
            default ->
                    throw new InvalidInputException(
                            "go", "must be ask or result, was '" + go + "'");
        }
    }

    private static void toResult(Context ctx, WizardState state) {
        ctx.redirect("/result?a=" + WizardState.url(state.answers()), HttpStatus.SEE_OTHER);
    }
}
