package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.assessment.Assessor;
import dev.unknot.care.CarePerson;
import dev.unknot.care.RecordView;
import dev.unknot.clinic.CareTeam;
import dev.unknot.intake.Intake;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.knowledge.HelpRegion;
import dev.unknot.plan.CarePlan;
import dev.unknot.report.Handout;
import dev.unknot.report.HandoutFromCarePlan;
import dev.unknot.report.HandoutPdf;
import dev.unknot.report.PaperSize;
import dev.unknot.report.PlanHandouts;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
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
    private final HandoutFromCarePlan handouts;
    private final HandoutPdf pdf;
    private final Clock clock;

    private final PlanHandouts current;
    private final HelpRegion region;
    private final CareTeam careTeam;

    HandoutPages(WebApp web) {
        this.assessor = web.assessor();
        this.handouts = new HandoutFromCarePlan(web.knowledge(), web.helpRegion());
        this.current = new PlanHandouts(web.knowledge(), web.assessor(), web.plans(), web.clock());
        this.region = web.helpRegion();
        this.careTeam = web.careTeam();
        this.pdf = new HandoutPdf(web.clock());
        this.clock = web.clock();
    }

    /**
     * {@code GET /clinician/people/{id}/plan.pdf}: the person's current plan as they would print
     * it, for a clinician they share their record with (the look is audited); anyone else 404.
     */
    void forClinician(Context ctx) {
        PaperSize paper = paper(ctx);
        Account clinician = Visitor.of(ctx).required();
        CarePerson person =
                careTeam.open(
                                clinician,
                                ProblemException.recordId(ctx.pathParam("id")),
                                RecordView.RECORD)
                        .orElseThrow(() -> new NotFoundResponse("no such person"));
        send(ctx, printed(current.forPerson(person.personId(), person.name(), region)), paper);
    }

    void download(Context ctx) {
        PaperSize paper = paper(ctx);
        String answers = ctx.queryParam("a");
        if (answers != null && !answers.isBlank()) {
            CarePlan plan =
                    plan(
                            WizardState.decode(answers),
                            "these answers do not lead to a self-care plan, so there is none to print");
            String name = Visitor.of(ctx).account().map(Account::username).orElse("you");
            send(ctx, handouts.handout(name, LocalDate.now(clock), plan), paper);
            return;
        }
        Account account = Visitor.of(ctx).required();
        send(
                ctx,
                printed(current.forProfile(account.profile(), account.username(), region)),
                paper);
    }

    private static Handout printed(PlanHandouts.Outcome outcome) {
        if (outcome instanceof PlanHandouts.Outcome.Nothing nothing) {
            throw noPlan("nothing to print: " + nothing.why());
        }
        return ((PlanHandouts.Outcome.Printed) outcome).handout();
    }

    private static PaperSize paper(Context ctx) {
        String asked = Optional.ofNullable(ctx.queryParam("paper")).orElse(PaperSize.A4.code());
        return PaperSize.named(asked)
                .orElseThrow(
                        () ->
                                new InvalidInputException(
                                        "paper",
                                        "must be " + PaperSize.codes() + ", was '" + asked + "'"));
    }

    private void send(Context ctx, Handout handout, PaperSize paper) {
        byte[] document = pdf.render(handout, paper);
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
