package dev.unknot.followup;

import dev.unknot.assessment.Assessment;
import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.Escalation;
import dev.unknot.diary.FollowUp;
import dev.unknot.diary.NewEntry;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.person.Person;
import dev.unknot.session.SessionLog;
import dev.unknot.store.Database;
import dev.unknot.store.Handle;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The diary as a person uses it: log an entry, then at once run the follow-up rules and, if a
 * safety question was answered yes, the triage again; everything shown is stored in the same
 * transaction. Thread-safe.
 */
public final class FollowUpService {
    private final Database database;
    private final Assessor assessor;
    private final FollowUp followUp;
    private final FollowUpRules rules;
    private final Clock clock;
    private final AfterEntry afterEntry;

    public FollowUpService(Database database, Assessor assessor, FollowUpRules rules, Clock clock) {
        this(database, assessor, rules, clock, AfterEntry.NONE);
    }

    /** The diary with {@code afterEntry} run after every new entry, in its transaction. */
    public FollowUpService(
            Database database,
            Assessor assessor,
            FollowUpRules rules,
            Clock clock,
            AfterEntry afterEntry) {
        this.afterEntry = afterEntry;
        this.database = database;
        this.assessor = assessor;
        this.rules = rules;
        this.followUp = new FollowUp(rules);
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Records an entry for {@code profile}; it is durable when this returns. */
    public Logged log(String profile, NewEntry entry) {
        NewEntry checked = entry.notAfter(today());
        return database.inTransaction(
                tx -> {
                    Person person = tx.people().findOrCreate(profile, clock.instant());
                    return append(tx, person, checked, Optional.empty());
                });
    }

    /**
     * Records a guided session and its diary entry (linked by the session id) in one transaction,
     * then runs the same follow-up as {@link #log}; the session's {@code id} is ignored and the
     * stored one returned.
     */
    public Logged logSession(String profile, SessionLog session, NewEntry entry) {
        NewEntry checked = entry.notAfter(today());
        return database.inTransaction(
                tx -> {
                    Person person = tx.people().findOrCreate(profile, clock.instant());
                    long sessionId = tx.sessions().save(person.id(), session);
                    return append(tx, person, checked, Optional.of(sessionId));
                });
    }

    /**
     * Changes what an entry of {@code profile}'s says, keeping its id, and runs the follow-up (and
     * a new triage for a safety answer yes) exactly as for a new entry, in one transaction; empty
     * when the id is unknown or another person's. {@code entry} is checked as a new one is, so a
     * failed edit changes nothing.
     */
    public Optional<Logged> edit(String profile, long id, NewEntry entry) {
        NewEntry checked = entry.notAfter(today());
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    if (person.isEmpty()) {
                        return Optional.<Logged>empty();
                    }
                    Instant now = clock.instant();
                    return tx.diary()
                            .update(person.get().id(), id, checked, now)
                            .map(stored -> followUp(tx, person.get(), stored, checked, now));
                });
    }

    /**
     * Deletes an entry of {@code profile}'s and runs the follow-up again on what is left, storing
     * what it raises, in one transaction; empty when the id is unknown or another person's.
     */
    public Optional<FollowUp.Verdict> delete(String profile, long id) {
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    if (person.isEmpty() || !tx.diary().delete(person.get().id(), id)) {
                        return Optional.<FollowUp.Verdict>empty();
                    }
                    FollowUp.Verdict verdict = verdict(tx, person.get().id());
                    Instant now = clock.instant();
                    for (Escalation escalation : verdict.escalations()) {
                        tx.escalations().save(person.get().id(), escalation, now);
                    }
                    return Optional.of(verdict);
                });
    }

    private Logged append(Handle tx, Person person, NewEntry checked, Optional<Long> sessionId) {
        Instant now = clock.instant();
        DiaryEntry stored = tx.diary().append(person.id(), checked, now, sessionId);
        Logged logged = followUp(tx, person, stored, checked, now);
        afterEntry.entryStored(tx, person.id(), stored, now);
        return logged;
    }

    /**
     * The one follow-up path after an entry is stored or changed: the verdict, a new triage for a
     * safety answer yes, and every escalation raised stored.
     */
    private Logged followUp(
            Handle tx, Person person, DiaryEntry stored, NewEntry checked, Instant now) {
        FollowUp.Verdict verdict = verdict(tx, person.id());
        List<Escalation> raised = new ArrayList<>(verdict.escalations());
        Optional<Assessment> retriage = Optional.empty();
        if (checked.hasRedFlag()) {
            Assessment assessment = retriage(tx, person.id(), checked.safety());
            retriage = Optional.of(assessment);
            raised.add(
                    0,
                    new Escalation(
                            rules.redFlag().id(),
                            rules.redFlag().name(),
                            assessment.triage().disposition(),
                            rules.redFlag().advice(),
                            "safety answers in the diary entry of " + checked.date(),
                            rules.redFlag().sources()));
        }
        for (Escalation escalation : raised) {
            tx.escalations().save(person.id(), escalation, now);
        }
        return new Logged(stored, verdict, raised, retriage);
    }

    /**
     * The triage again: the latest saved assessment's answers with the diary entry's safety answers
     * on top.
     */
    private Assessment retriage(Handle tx, long personId, Map<Question, Object> safety) {
        Intake base =
                tx.assessments()
                        .latest(personId)
                        .map(SavedAssessment::intake)
                        .orElse(Intake.empty());
        return assessor.assess(base.toBuilder().putAll(safety).build());
    }

    /**
     * The triage {@code safety} answers would lead to for {@code profile} (their latest saved
     * answers with these on top), without storing anything: for a yes that came with an entry that
     * could not be saved.
     */
    public Assessment triageWith(String profile, Map<Question, Object> safety) {
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    return person.isPresent()
                            ? retriage(tx, person.get().id(), safety)
                            : assessor.assess(Intake.builder().putAll(safety).build());
                });
    }

    /**
     * The triage an entry of {@code profile}'s led to, when it answered a safety question yes (as
     * {@link #log} gave it); empty for other entries and for another person's.
     */
    public Optional<Assessment> retriage(String profile, long entryId) {
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    if (person.isEmpty()) {
                        return Optional.<Assessment>empty();
                    }
                    Optional<DiaryEntry> entry = tx.diary().find(person.get().id(), entryId);
                    if (entry.isEmpty() || !entry.get().hasRedFlag()) {
                        return Optional.<Assessment>empty();
                    }
                    return Optional.of(retriage(tx, person.get().id(), entry.get().safety()));
                });
    }

    /** Every entry of {@code profile}, oldest first; empty for an unknown profile. */
    public List<DiaryEntry> entries(String profile) {
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    return person.isPresent()
                            ? tx.diary().all(person.get().id())
                            : List.<DiaryEntry>of();
                });
    }

    /** One entry of {@code profile}'s diary; empty when the id is unknown or another person's. */
    public Optional<DiaryEntry> entry(String profile, long id) {
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    return person.isPresent()
                            ? tx.diary().find(person.get().id(), id)
                            : Optional.<DiaryEntry>empty();
                });
    }

    /** Every guided session of {@code profile}, oldest first; empty for an unknown profile. */
    public List<SessionLog> sessions(String profile) {
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    return person.isPresent()
                            ? tx.sessions().all(person.get().id())
                            : List.<SessionLog>of();
                });
    }

    /** One guided session of {@code profile}; empty when the id is unknown or another person's. */
    public Optional<SessionLog> session(String profile, long id) {
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    return person.isPresent()
                            ? tx.sessions().find(person.get().id(), id)
                            : Optional.<SessionLog>empty();
                });
    }

    /** The entries of the last {@code days} days and today's verdict. */
    public Trend trend(String profile, int days) {
        LocalDate today = today();
        LocalDate from = today.minusDays(days - 1L);
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    if (person.isEmpty()) {
                        return new Trend(
                                from,
                                today,
                                List.of(),
                                followUp.verdict(Optional.empty(), List.of(), today));
                    }
                    List<DiaryEntry> entries = tx.diary().since(person.get().id(), from);
                    return new Trend(from, today, entries, verdict(tx, person.get().id()));
                });
    }

    /** Today's follow-up verdict for {@code profile}. */
    public FollowUp.Verdict verdict(String profile) {
        return database.inTransaction(
                tx -> {
                    Optional<Person> person = tx.people().find(Person.checkName(profile));
                    return person.isPresent()
                            ? verdict(tx, person.get().id())
                            : followUp.verdict(Optional.empty(), List.of(), today());
                });
    }

    private FollowUp.Verdict verdict(Handle tx, long personId) {
        LocalDate today = today();
        return followUp.verdict(
                tx.diary().first(personId),
                tx.diary().since(personId, followUp.windowStart(today)),
                today);
    }
}
