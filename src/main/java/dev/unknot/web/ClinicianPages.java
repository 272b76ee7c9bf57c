package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.care.Clinician;
import dev.unknot.care.Invite;
import dev.unknot.clinic.CareSettings;
import dev.unknot.clinic.CareTeam;
import dev.unknot.clinic.NewInvite;
import dev.unknot.intake.InvalidInputException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The clinician's pages: the list of people, a person's record, the review queue and invites. Each
 * asks {@link CareTeam} and renders what it gives; a person it does not give is a 404.
 */
final class ClinicianPages {
    private final WebApp web;
    private final CareTeam careTeam;
    private final Templates templates;

    ClinicianPages(WebApp web, Templates templates) {
        this.web = web;
        this.careTeam = web.careTeam();
        this.templates = templates;
    }

    /** The clinician's own name and clinic; a clinician account with no clinic sees nobody. */
    private Clinician who(Account account) {
        return careTeam.clinician(account).orElseThrow(NotFoundResponse::new);
    }

    void dashboard(Context ctx) {
        Account account = ClinicianRoutes.clinician(ctx);
        Clinician who = who(account);
        templates.page(
                ctx,
                "clinician",
                DashboardView.of(
                        who,
                        careTeam.dashboard(account),
                        web.knowledge(),
                        web.measures(),
                        CareSettings.DEFAULT.trendDays(),
                        web.clock()));
    }

    void person(Context ctx) {
        Account account = ClinicianRoutes.clinician(ctx);
        templates.page(
                ctx,
                "clinician-person",
                careTeam.record(account, ClinicianRoutes.id(ctx))
                        .map(
                                record ->
                                        PatientView.of(
                                                record,
                                                web.knowledge(),
                                                web.measures(),
                                                web.clock(),
                                                PlanView.of(
                                                        web.plans()
                                                                .history(
                                                                        record.person().personId()),
                                                        web.plans()
                                                                .suggestions(
                                                                        record.person().personId()),
                                                        web.plans()::exercise,
                                                        web.clock().getZone(),
                                                        java.util.Optional.empty())))
                        .orElseThrow(NotFoundResponse::new));
    }

    void reviews(Context ctx) {
        Account account = ClinicianRoutes.clinician(ctx);
        templates.page(
                ctx,
                "clinician-reviews",
                reviewsView(
                        account,
                        Optional.ofNullable(ctx.queryParam("seen")).map(seen -> "Marked as seen."),
                        Optional.empty()));
    }

    void acknowledge(Context ctx) {
        Account account = ClinicianRoutes.clinician(ctx);
        long id = ClinicianRoutes.id(ctx);
        String note = Optional.ofNullable(ctx.formParam("note")).orElse("");
        try {
            careTeam.acknowledge(account, id, note).orElseThrow(NotFoundResponse::new);
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            templates.page(
                    ctx,
                    "clinician-reviews",
                    reviewsView(
                            account,
                            Optional.empty(),
                            Optional.of("Write a note for the person (up to 1000 characters).")));
            return;
        }
        ctx.redirect("/clinician/reviews?seen", HttpStatus.SEE_OTHER);
    }

    private ReviewsView reviewsView(
            Account account, Optional<String> notice, Optional<String> error) {
        ZoneId zone = web.clock().getZone();
        return new ReviewsView(
                careTeam.reviews(account).stream()
                        .map(
                                review ->
                                        new ReviewsView.Item(
                                                review.personId(),
                                                review.personName(),
                                                PatientView.review(review, web.knowledge(), zone)))
                        .toList(),
                notice,
                error);
    }

    void invites(Context ctx) {
        Account account = ClinicianRoutes.clinician(ctx);
        templates.page(ctx, "clinician-invites", invitesView(ctx, account, Optional.empty()));
    }

    void invite(Context ctx) {
        Account account = ClinicianRoutes.clinician(ctx);
        NewInvite fresh = careTeam.invite(account).orElseThrow(NotFoundResponse::new);
        ctx.status(HttpStatus.CREATED);
        templates.page(ctx, "clinician-invites", invitesView(ctx, account, Optional.of(fresh)));
    }

    private InvitesView invitesView(Context ctx, Account account, Optional<NewInvite> fresh) {
        Clinician who = who(account);
        ZoneId zone = web.clock().getZone();
        List<Invite> invites = careTeam.invites(account);
        return new InvitesView(
                who.displayName(),
                who.clinic().name(),
                fresh.map(
                        made ->
                                new InvitesView.Fresh(
                                        ctx.scheme() + "://" + ctx.host() + made.path(),
                                        made.typed(),
                                        Dates.moment(made.expiresAt(), zone))),
                invites.stream()
                        .map(
                                invite ->
                                        new InvitesView.Row(
                                                Dates.moment(invite.createdAt(), zone),
                                                invite.usedAt()
                                                        .map(
                                                                at ->
                                                                        "Answered on "
                                                                                + Dates.day(
                                                                                        at, zone))
                                                        .orElse(
                                                                invite.open(web.clock().instant())
                                                                        ? "Open until "
                                                                                + Dates.moment(
                                                                                        invite
                                                                                                .expiresAt(),
                                                                                        zone)
                                                                        : "Expired")))
                        .toList());
    }
}
