package dev.unknot.web;

import dev.unknot.assessment.Assessor;
import dev.unknot.intake.Answer;
import dev.unknot.intake.Intake;
import dev.unknot.intake.TextReading;
import dev.unknot.intake.text.FreeText;
import dev.unknot.knowledge.KnowledgeBase;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * The server-rendered pages; they work without JavaScript. Answers travel in the pages ({@link
 * WizardState}): a wizard form is POSTed, then redirected (303) to a GET of the next question or
 * the result, so reload and the back button are safe. Nothing is stored on the server.
 */
final class Pages {
    private final KnowledgeBase knowledge;
    private final Assessor assessor;
    private final FreeText freeText;
    private final WizardFlow flow;
    private final Templates templates;

    Pages(
            KnowledgeBase knowledge,
            Assessor assessor,
            FreeText freeText,
            WizardFlow flow,
            Templates templates) {
        this.knowledge = knowledge;
        this.assessor = assessor;
        this.freeText = freeText;
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
        dev.unknot.assessment.Assessment assessment = assessor.assess(intake);
        ctx.attribute(Operations.DISPOSITION, assessment.triage().disposition().name());
        templates.page(ctx, "result", ResultView.of(assessment, knowledge, flow));
    }

    void understood(Context ctx) {
        String text = Optional.ofNullable(ctx.formParam("text")).orElse("");
        TextReading reading = freeText.read(text);
        WizardState rest = flow.start(reading.intake());
        if (flow.decided(rest)) {
            // an emergency in the words themselves: what to do comes first, not more questions
            toResult(ctx, rest);
            return;
        }
        templates.page(ctx, "understood", UnderstoodView.of(text, reading, flow));
    }

    private static void toResult(Context ctx, WizardState state) {
        ctx.redirect("/result?a=" + WizardState.url(state.answers()), HttpStatus.SEE_OTHER);
    }
}
