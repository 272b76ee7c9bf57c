package dev.unknot.web;

import dev.unknot.account.Account;
import dev.unknot.care.Invite;
import dev.unknot.clinic.CareTeam;
import dev.unknot.clinic.Consent;
import dev.unknot.clinic.InviteCheck;
import dev.unknot.clinic.InviteProblem;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.Optional;

/**
 * The person's side of consent as pages: type or open an invite, see who asks and what they would
 * see, say yes or no; revoke a clinician from the account page.
 */
final class ConsentPages {
    private final CareTeam careTeam;
    private final Templates templates;
    private final Clock clock;

    ConsentPages(CareTeam careTeam, Templates templates, Clock clock) {
        this.careTeam = careTeam;
        this.templates = templates;
        this.clock = clock;
    }

    void form(Context ctx) {
        templates.page(
                ctx,
                "invite",
                new InviteView("", Visitor.of(ctx).signedIn(), Optional.empty(), Optional.empty()));
    }

    void typed(Context ctx) {
        String code =
                Optional.ofNullable(ctx.formParam("code"))
                        .orElse("")
                        .replaceAll("[^A-Za-z0-9]", "");
        if (code.isEmpty() || code.length() > 60) {
            ctx.status(HttpStatus.BAD_REQUEST);
            templates.page(
                    ctx,
                    "invite",
                    new InviteView(
                            "",
                            Visitor.of(ctx).signedIn(),
                            Optional.empty(),
                            Optional.of(InviteProblem.UNKNOWN.words())));
            return;
        }
        ctx.redirect("/invite/" + code, HttpStatus.SEE_OTHER);
    }

    void show(Context ctx) {
        String code = ctx.pathParam("code");
        Visitor visitor = Visitor.of(ctx);
        if (!visitor.signedIn()) {
            templates.page(
                    ctx, "invite", new InviteView(code, false, Optional.empty(), Optional.empty()));
            return;
        }
        InviteCheck check = careTeam.check(code);
        if (check instanceof InviteCheck.Refused refused) {
            refuse(ctx, code, refused.problem());
            return;
        }
        Invite invite = ((InviteCheck.Open) check).invite();
        templates.page(
                ctx,
                "invite",
                new InviteView(
                        code,
                        true,
                        Optional.of(
                                new InviteView.Asking(
                                        invite.clinicianName(),
                                        invite.clinicName(),
                                        Dates.moment(invite.expiresAt(), clock.getZone()))),
                        Optional.empty()));
    }

    void answer(Context ctx) {
        String code = ctx.pathParam("code");
        Account person = Visitor.of(ctx).required();
        boolean yes = "accept".equals(ctx.formParam("answer"));
        Consent consent = yes ? careTeam.accept(person, code) : careTeam.decline(person, code);
        if (consent instanceof Consent.Refused refused) {
            refuse(ctx, code, refused.problem());
        } else if (consent instanceof Consent.Accepted accepted) {
            templates.page(
                    ctx,
                    "invite",
                    new InviteView(
                            code,
                            true,
                            Optional.empty(),
                            Optional.of(
                                    "You said yes. "
                                            + accepted.link().clinicianName()
                                            + " of "
                                            + accepted.link().clinicName()
                                            + " can see your record from now on. You can take this back at any time"
                                            + " on your account page.")));
        } else if (consent instanceof Consent.Declined declined) {
            templates.page(
                    ctx,
                    "invite",
                    new InviteView(
                            code,
                            true,
                            Optional.empty(),
                            Optional.of(
                                    "You said no. "
                                            + declined.invite().clinicianName()
                                            + " cannot see your record, and this invite cannot be used again.")));
        }
    }

    void revoke(Context ctx) {
        Account person = Visitor.of(ctx).required();
        long clinician;
        try {
            clinician = Long.parseLong(ctx.pathParam("clinician"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
        careTeam.revoke(person, clinician);
        ctx.redirect("/account?revoked", HttpStatus.SEE_OTHER);
    }

    private void refuse(Context ctx, String code, InviteProblem problem) {
        ctx.status(
                switch (problem) {
                    case UNKNOWN -> HttpStatus.NOT_FOUND;
                    case EXPIRED, USED -> HttpStatus.GONE;
                    case NOT_A_PERSON -> HttpStatus.FORBIDDEN;
                });
        templates.page(
                ctx,
                "invite",
                new InviteView(code, true, Optional.empty(), Optional.of(problem.words())));
    }
}
