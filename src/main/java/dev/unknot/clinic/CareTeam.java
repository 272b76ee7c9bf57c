package dev.unknot.clinic;

import dev.unknot.account.Account;
import dev.unknot.care.AuditEntry;
import dev.unknot.care.CareLink;
import dev.unknot.care.CarePerson;
import dev.unknot.care.Clinician;
import dev.unknot.care.DatedDisposition;
import dev.unknot.care.Invite;
import dev.unknot.care.RecordView;
import dev.unknot.care.Review;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.store.Database;
import dev.unknot.store.Handle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The clinician's side of a record, written once for every front end: invites and consent, the one
 * access rule, the audit of every look, the list of people and the review of follow-up advice.
 *
 * <p><b>The access rule.</b> A clinician sees a person's record only while the person has an ACTIVE
 * accepted link to that clinician and the link's clinic is the clinician's current clinic. Every
 * look goes through {@link #open} (or a method built on the same SQL), which writes the audit row
 * in the same transaction; a person the rule does not let through is simply absent, so a front end
 * answers 404 and never says whether the person exists. Thread-safe.
 */
public final class CareTeam {
    /** How long an invite may be answered. */
    public static final Duration INVITE_LIFETIME = Duration.ofDays(7);

    private static final String ACCEPTED = "accepted";
    private static final String DECLINED = "declined";

    private final Database database;
    private final Dashboard dashboard;
    private final Clock clock;

    /**
     * @param schedule how many sessions each person's plan schedules (adherence); {@link
     *     ScheduledSessions#NO_PLAN} until individual plans exist
     */
    public CareTeam(
            Database database,
            FollowUpRules rules,
            ScheduledSessions schedule,
            CareSettings settings,
            Clock clock) {
        this.database = database;
        this.dashboard = new Dashboard(rules, schedule, settings, clock);
        this.clock = clock;
    }

    /** The clinician behind an account, with their current clinic; empty for anyone else. */
    public Optional<Clinician> clinician(Account account) {
        if (!account.isClinician()) {
            return Optional.empty();
        }
        return database.inTransaction(tx -> tx.clinics().clinician(account.personId()));
    }

    /**
     * A new one-time invite from this clinician, valid for {@link #INVITE_LIFETIME}; empty when the
     * account is not a clinician. The code is shown once and kept only as a hash.
     */
    public Optional<NewInvite> invite(Account clinician) {
        Instant now = clock.instant();
        Instant expires = now.plus(INVITE_LIFETIME);
        String code = InviteCode.fresh();
        return database.inTransaction(
                tx ->
                        clinician(tx, clinician)
                                .map(
                                        who -> {
                                            tx.care()
                                                    .invite(
                                                            InviteCode.hash(code),
                                                            who.personId(),
                                                            who.clinic().id(),
                                                            now,
                                                            expires);
                                            return new NewInvite(code, expires);
                                        }));
    }

    /** The invites this clinician made, newest first (their codes are not kept). */
    public List<Invite> invites(Account clinician) {
        return database.inTransaction(
                tx ->
                        clinician(tx, clinician)
                                .map(who -> tx.care().invites(who.personId()))
                                .orElse(List.of()));
    }

    /** Who asks, before the person answers: the open invite, or why it cannot be answered. */
    public InviteCheck check(String code) {
        return database.inTransaction(tx -> check(tx, code));
    }

    /**
     * The person says yes: from now on the inviting clinician, while in the invite's clinic, may
     * see the person's record. The code is used up.
     */
    public Consent accept(Account person, String code) {
        return answer(person, code, true);
    }

    /** The person says no: nothing is shared and the code is used up. */
    public Consent decline(Account person, String code) {
        return answer(person, code, false);
    }

    /**
     * Ends the person's consent to a clinician, effective at once; returns whether there was one.
     */
    public boolean revoke(Account person, long clinicianId) {
        return database.inTransaction(
                tx -> tx.care().revoke(person.personId(), clinicianId, clock.instant()));
    }

    /** Every clinician the person has let see their record, current ones first. */
    public List<CareLink> links(long personId) {
        return database.inTransaction(tx -> tx.care().links(personId));
    }

    /** Every look at the person's record, newest first. */
    public List<AuditEntry> auditFor(long personId) {
        return database.inTransaction(tx -> tx.care().audit(personId));
    }

    /**
     * The person, if this clinician may see them now (see the class comment), with the look
     * recorded in the audit log in the same transaction; otherwise empty and nothing recorded.
     */
    public Optional<CarePerson> open(Account clinician, long personId, RecordView what) {
        return database.inTransaction(tx -> open(tx, clinician, personId, what));
    }

    /** Everyone this clinician may see now, by name; looks at nothing, so records nothing. */
    public List<CarePerson> roster(Account clinician) {
        return database.inTransaction(
                tx ->
                        clinician(tx, clinician)
                                .map(who -> tx.care().roster(who.personId()))
                                .orElse(List.of()));
    }

    /**
     * The clinician's list of people with each one's summary and flags, most in need first; every
     * summary shown is recorded in the audit log.
     */
    public List<RosterLine> dashboard(Account clinician) {
        return database.inTransaction(
                tx -> {
                    Optional<Clinician> who = clinician(tx, clinician);
                    if (who.isEmpty()) {
                        return List.<RosterLine>of();
                    }
                    tx.care()
                            .auditAll(
                                    who.get().personId(),
                                    who.get().displayName(),
                                    who.get().clinic().name(),
                                    RecordView.SUMMARY,
                                    clock.instant());
                    return dashboard.lines(tx, who.get());
                });
    }

    /** A person's whole record for this clinician, if the access rule lets them see it. */
    public Optional<CareRecord> record(Account clinician, long personId) {
        return database.inTransaction(
                tx ->
                        open(tx, clinician, personId, RecordView.RECORD)
                                .map(person -> record(tx, person)));
    }

    /**
     * Follow-up advice not yet reviewed, of everyone this clinician may see now, oldest first; each
     * person shown is recorded in the audit log.
     */
    public List<Review> reviews(Account clinician) {
        return database.inTransaction(
                tx -> {
                    Optional<Clinician> who = clinician(tx, clinician);
                    if (who.isEmpty()) {
                        return List.<Review>of();
                    }
                    List<Review> pending = tx.reviews().pending(who.get().personId());
                    pending.stream()
                            .map(Review::personId)
                            .distinct()
                            .forEach(person -> audit(tx, who.get(), person, RecordView.REVIEW));
                    return pending;
                });
    }

    /**
     * Marks advice seen with the clinician's note for the person; empty when the advice is not of
     * someone this clinician may see now (nothing changes), the reviewed advice otherwise (as it
     * was, if someone reviewed it already).
     */
    public Optional<Review> acknowledge(Account clinician, long escalationId, String note) {
        String checked = ReviewNote.check(note);
        return database.inTransaction(
                tx -> {
                    Optional<Review> review = tx.reviews().find(escalationId);
                    if (review.isEmpty()
                            || open(tx, clinician, review.get().personId(), RecordView.REVIEW)
                                    .isEmpty()) {
                        return Optional.<Review>empty();
                    }
                    Clinician who = clinician(tx, clinician).orElseThrow();
                    tx.reviews()
                            .acknowledge(
                                    escalationId,
                                    who.personId(),
                                    who.displayName(),
                                    checked,
                                    clock.instant());
                    return tx.reviews().find(escalationId);
                });
    }

    /** A person's own follow-up advice, oldest first, each with who saw it, if anyone did. */
    public List<Review> reviewsFor(long personId) {
        return database.inTransaction(tx -> tx.reviews().all(personId));
    }

    private Consent answer(Account person, String code, boolean yes) {
        if (person.isClinician()) {
            return new Consent.Refused(InviteProblem.NOT_A_PERSON);
        }
        Instant now = clock.instant();
        return database.inTransaction(
                tx -> {
                    InviteCheck check = check(tx, code);
                    if (check instanceof InviteCheck.Refused refused) {
                        return new Consent.Refused(refused.problem());
                    }
                    Invite invite = ((InviteCheck.Open) check).invite();
                    if (!tx.care()
                            .use(invite.id(), person.personId(), yes ? ACCEPTED : DECLINED, now)) {
                        return new Consent.Refused(InviteProblem.USED);
                    }
                    if (!yes) {
                        return new Consent.Declined(invite);
                    }
                    boolean linked =
                            tx.care().links(person.personId()).stream()
                                    .anyMatch(
                                            link ->
                                                    link.active()
                                                            && link.clinicianId()
                                                                    == invite.clinicianId()
                                                            && link.clinicId()
                                                                    == invite.clinicId());
                    if (!linked) {
                        tx.care()
                                .link(
                                        person.personId(),
                                        invite.clinicianId(),
                                        invite.clinicId(),
                                        now);
                    }
                    return new Consent.Accepted(
                            tx.care().links(person.personId()).stream()
                                    .filter(
                                            link ->
                                                    link.active()
                                                            && link.clinicianId()
                                                                    == invite.clinicianId())
                                    .findFirst()
                                    .orElseThrow());
                });
    }

    private InviteCheck check(Handle tx, String typed) {
        Optional<Invite> invite =
                InviteCode.normalise(typed)
                        .flatMap(code -> tx.care().invite(InviteCode.hash(code)));
        if (invite.isEmpty()) {
            return new InviteCheck.Refused(InviteProblem.UNKNOWN);
        }
        if (invite.get().usedAt().isPresent()) {
            return new InviteCheck.Refused(InviteProblem.USED);
        }
        if (!invite.get().expiresAt().isAfter(clock.instant())) {
            return new InviteCheck.Refused(InviteProblem.EXPIRED);
        }
        return new InviteCheck.Open(invite.get());
    }

    private Optional<CarePerson> open(
            Handle tx, Account clinician, long personId, RecordView what) {
        Optional<Clinician> who = clinician(tx, clinician);
        if (who.isEmpty()) {
            return Optional.empty();
        }
        Optional<CarePerson> person = tx.care().accessible(who.get().personId(), personId);
        person.ifPresent(found -> audit(tx, who.get(), found.personId(), what));
        return person;
    }

    private void audit(Handle tx, Clinician who, long personId, RecordView what) {
        tx.care()
                .audit(
                        personId,
                        who.personId(),
                        who.displayName(),
                        who.clinic().name(),
                        what,
                        clock.instant());
    }

    private CareRecord record(Handle tx, CarePerson person) {
        long id = person.personId();
        return new CareRecord(
                person,
                tx.assessments().all(id).stream()
                        .map(saved -> new DatedDisposition(saved.disposition(), saved.at()))
                        .toList(),
                tx.diary().all(id),
                tx.sessions().all(id),
                tx.measures().stored(id),
                tx.reviews().all(id),
                tx.breakLog().all(id),
                dashboard.verdict(tx, id));
    }

    private static Optional<Clinician> clinician(Handle tx, Account account) {
        return account.isClinician()
                ? tx.clinics().clinician(account.personId())
                : Optional.empty();
    }
}
