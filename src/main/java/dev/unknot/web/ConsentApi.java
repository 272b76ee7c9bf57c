package dev.unknot.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unknot.account.Account;
import dev.unknot.care.AuditEntry;
import dev.unknot.care.CareLink;
import dev.unknot.care.Review;
import dev.unknot.clinic.CareTeam;
import dev.unknot.clinic.Consent;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.json.StrictJson;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;

/**
 * The person's side of consent over JSON: who may see my record, who looked, advice seen; answer an
 * invite; revoke a clinician.
 */
final class ConsentApi {
    private final CareTeam careTeam;

    ConsentApi(CareTeam careTeam) {
        this.careTeam = careTeam;
    }

    /** The answer to an invite: {@code accept} or {@code decline}. */
    record AnswerRequest(String answer) {}

    void mine(Context ctx) {
        Account person = Visitor.of(ctx).required();
        ObjectNode body = StrictJson.MAPPER.createObjectNode();
        ArrayNode links = body.putArray("clinicians");
        for (CareLink link : careTeam.links(person.personId())) {
            ObjectNode one =
                    links.addObject()
                            .put("clinicianId", link.clinicianId())
                            .put("clinician", link.clinicianName())
                            .put("clinic", link.clinicName())
                            .put("status", link.status().name())
                            .put("acceptedAt", link.acceptedAt().toString());
            link.endedAt().ifPresent(ended -> one.put("endedAt", ended.toString()));
        }
        ArrayNode audit = body.putArray("audit");
        for (AuditEntry entry : careTeam.auditFor(person.personId())) {
            audit.addObject()
                    .put("at", entry.at().toString())
                    .put("clinician", entry.clinicianName())
                    .put("clinic", entry.clinicName())
                    .put("what", entry.what().code());
        }
        ArrayNode seen = body.putArray("seen");
        for (Review review : careTeam.reviewsFor(person.personId())) {
            review.seen()
                    .ifPresent(
                            by ->
                                    seen.addObject()
                                            .put("escalation", review.escalation().name())
                                            .put("raisedAt", review.raisedAt().toString())
                                            .put("by", by.by())
                                            .put("at", by.at().toString())
                                            .put("note", by.note()));
        }
        ClinicianApi.json(ctx, body);
    }

    void answer(Context ctx) {
        Account person = Visitor.of(ctx).required();
        AnswerRequest body = StrictJson.read(Bodies.json(ctx), AnswerRequest.class);
        String answer = body.answer() == null ? "" : body.answer();
        if (!answer.equals("accept") && !answer.equals("decline")) {
            throw new InvalidInputException("answer", "must be accept or decline");
        }
        String code = ctx.pathParam("code");
        Consent consent =
                answer.equals("accept")
                        ? careTeam.accept(person, code)
                        : careTeam.decline(person, code);
        if (consent instanceof Consent.Refused refused) {
            int status =
                    switch (refused.problem()) {
                        case UNKNOWN -> 404;
                        case EXPIRED, USED -> 410;
                        case NOT_A_PERSON -> 403;
                    };
            throw new ProblemException(
                    Problem.of(
                            "invite-" + refused.problem().code(),
                            "Invite cannot be answered",
                            status,
                            refused.problem().words(),
                            "code"));
        }
        ObjectNode result = StrictJson.MAPPER.createObjectNode();
        if (consent instanceof Consent.Accepted accepted) {
            result.put("answer", "accepted")
                    .put("clinicianId", accepted.link().clinicianId())
                    .put("clinician", accepted.link().clinicianName())
                    .put("clinic", accepted.link().clinicName());
        } else if (consent instanceof Consent.Declined declined) {
            result.put("answer", "declined").put("clinician", declined.invite().clinicianName());
        }
        ClinicianApi.json(ctx, result);
    }

    void revoke(Context ctx) {
        Account person = Visitor.of(ctx).required();
        long clinician;
        try {
            clinician = Long.parseLong(ctx.pathParam("clinician"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
        if (!careTeam.revoke(person, clinician)) {
            throw new NotFoundResponse();
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
