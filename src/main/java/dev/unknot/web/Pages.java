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
import dev.unknot.pathway.WorkstationChecks;
import dev.unknot.workstation.HabitLinks;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The server-rendered pages; they work without JavaScript. The wizard asks its questions a page at
 * a time ({@link WizardFlow}); answers travel in the pages ({@link WizardState}): a wizard page is
 * POSTed, then redirected (303) to a GET of the next page or the result, so reload and the back
 * button are safe. Nothing is stored on the server.
 */
final class Pages {
    private final KnowledgeBase knowledge;
    private final Assessor assessor;
    private final FreeText freeText;
    private final Interview interview;
    private final WizardFlow flow;
    private final WorkstationChecks workstation;
    private final Templates templates;

    Pages(
            KnowledgeBase knowledge,
            Assessor assessor,
            FreeText freeText,
            Interview interview,
            WizardFlow flow,
            Templates templates,
            WorkstationChecks workstation) {
        this.workstation = workstation;
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
                        : flow.read(
                                ctx.queryParam("a"),
                                ctx.queryParam("q"),
                                ctx.queryParam("n"),
                                ctx.queryParam("u"));
        if (state.finished() || flow.decided(state)) {
            toResult(ctx, state);
            return;
        }
        templates.page(ctx, "questions", WizardPageView.of(state, flow));
    }

    /**
     * A wizard page sent: Back keeps its answers and goes one page back; otherwise the result when
     * the answers decide it (an emergency at once, whatever is left blank), the same page again
     * when a question was left blank or answered with something not offered, else the next page.
     */
    void answer(Context ctx) {
        WizardState state =
                flow.read(
                        ctx.formParam("a"),
                        ctx.formParam("q"),
                        ctx.formParam("n"),
                        ctx.formParam("u"));
        if (state.finished()) {
            toResult(ctx, state);
            return;
        }
        Map<Question, List<String>> posted = new EnumMap<>(Question.class);
        Map<Question, Answer<Object>> given = new EnumMap<>(Question.class);
        List<Question> invalid = new ArrayList<>();
        for (Question question : state.current().questions()) {
            List<String> values =
                    ctx.formParams(question.path()).stream()
                            .map(String::trim)
                            .filter(value -> !value.isEmpty())
                            .toList();
            posted.put(question, values);
            Optional<Answer<Object>> answer = FormAnswer.parse(question, values);
            if (answer.isPresent()) {
                given.put(question, answer.get());
            } else if (!values.isEmpty()) {
                invalid.add(question);
            }
        }
        if ("back".equals(ctx.formParam("go"))) {
            ctx.redirect("/assess?" + flow.back(state, given).query(), HttpStatus.SEE_OTHER);
            return;
        }
        // an answer not offered counts as blank: an emergency among the others still stops at once
        WizardFlow.Sent sent = flow.send(state, given);
        if (sent.state().finished()) {
            toResult(ctx, sent.state());
        } else if (!invalid.isEmpty()) {
            again(ctx, WizardPageView.of(state, flow, posted, List.of(), invalid));
        } else if (!sent.blank().isEmpty()) {
            again(ctx, WizardPageView.of(sent.state(), flow, posted, sent.blank(), List.of()));
        } else {
            ctx.redirect("/assess?" + sent.state().query(), HttpStatus.SEE_OTHER);
        }
    }

    /** The page shown again with what was picked, and what is missing said at the top. */
    private void again(Context ctx, WizardPageView view) {
        ctx.status(HttpStatus.BAD_REQUEST);
        templates.page(ctx, "questions", view);
    }

    void result(Context ctx) {
        Intake intake = WizardState.decode(ctx.queryParam("a"));
        Assessment assessment = assessor.assess(intake);
        ctx.attribute(Operations.DISPOSITION, assessment.triage().disposition().name());
        templates.page(
                ctx,
                "result",
                ResultView.of(assessment, knowledge, flow).withWorkstation(workstation(ctx)));
    }

    /** What a signed-in person's latest workstation check says under the prevention habits. */
    private HabitLinks workstation(Context ctx) {
        return Visitor.of(ctx)
                .account()
                .filter(account -> !account.isClinician())
                .map(account -> workstation.habitLinks(account.profile()))
                .orElse(HabitLinks.NONE);
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
