package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.assessment.Assessor;
import dev.unknot.intake.Intake;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.HelpRegion;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.pathway.SavedAssessments;
import dev.unknot.plan.CarePlan;
import dev.unknot.report.HandoutFromCarePlan;
import dev.unknot.report.HandoutPdf;
import dev.unknot.report.PaperSize;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The printed plan, {@code GET /plan.pdf?paper=a4|letter}: with {@code a} (the answers a result
 * page carries) the plan that page shows, for anyone; without it, the plan of the signed-in
 * person's latest saved answers, brought up to today as for a guided session. A PDF to download
 * ({@link HandoutPdf}); a 404 problem in words when there is no plan to print.
 */
final class HandoutPages {
    static final String MEDIA_TYPE = "application/pdf";

    private final Assessor assessor;
    private final SavedAssessments saved;
    private final HandoutFromCarePlan handouts;
    private final HandoutPdf pdf;
    private final Clock clock;

    HandoutPages(WebApp web) {
        this(web.assessor(), web.assessments(), web.knowledge(), web.helpRegion(), web.clock());
    }

    private HandoutPages(
            Assessor assessor,
            SavedAssessments saved,
            KnowledgeBase knowledge,
            HelpRegion region,
            Clock clock) {
        this.assessor = assessor;
        this.saved = saved;
        this.handouts = new HandoutFromCarePlan(knowledge, region);
        this.pdf = new HandoutPdf(clock);
        this.clock = clock;
    }

    void download(Context ctx) {
        String asked = Optional.ofNullable(ctx.queryParam("paper")).orElse(PaperSize.A4.code());
        PaperSize paper =
                PaperSize.named(asked)
                        .orElseThrow(
                                () ->
                                        new InvalidInputException(
                                                "paper",
                                                "must be "
                                                        + PaperSize.codes()
                                                        + ", was '"
                                                        + asked
                                                        + "'"));
        Optional<Account> account = Visitor.of(ctx).account();
        String answers = ctx.queryParam("a");
        CarePlan plan;
        if (answers != null && !answers.isBlank()) {
            plan =
                    plan(
                            WizardState.decode(answers),
                            "these answers do not lead to a self-care plan, so there is none to print");
        } else {
            String profile = Visitor.of(ctx).required().profile();
            Intake latest =
                    saved.current(profile)
                            .orElseThrow(
                                    () ->
                                            noPlan(
                                                    "you have no saved answers yet: answer the questions, then print the plan from your result"));
            plan =
                    plan(
                            latest,
                            "your latest saved answers do not lead to a self-care plan, so there is none to print");
        }
        byte[] document =
                pdf.render(
                        handouts.handout(
                                account.map(Account::username).orElse("you"),
                                LocalDate.now(clock),
                                plan),
                        paper);
        ctx.header("Content-Disposition", "attachment; filename=\"unknot-plan.pdf\"");
        // a person's own plan: kept by no shared cache
        ctx.header("Cache-Control", "private, no-store");
        ctx.contentType(MEDIA_TYPE).result(document);
    }

    private CarePlan plan(Intake intake, String none) {
        return assessor.assess(intake).plan().orElseThrow(() -> noPlan(none));
    }

    private static ProblemException noPlan(String detail) {
        return new ProblemException(Problem.of("no-plan", "No plan to print", 404, detail, ""));
    }
}
