package dev.unknot.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.care.AuditEntry;
import dev.unknot.care.CareLink;
import dev.unknot.care.CarePerson;
import dev.unknot.care.Clinic;
import dev.unknot.care.Invite;
import dev.unknot.care.LinkStatus;
import dev.unknot.care.PainPoint;
import dev.unknot.care.RecordView;
import dev.unknot.care.Review;
import dev.unknot.diary.Activity;
import dev.unknot.diary.Escalation;
import dev.unknot.diary.NewEntry;
import dev.unknot.intake.Intake;
import dev.unknot.intake.Pain;
import dev.unknot.knowledge.Disposition;
import dev.unknot.measure.MeasureLog;
import dev.unknot.person.Person;
import dev.unknot.session.SessionLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The clinician's side of storage (clinics, invites, consent links, audit, the dashboard's
 * set-based queries, reviews) as every supported database must keep it; subclasses pick the
 * database.
 */
abstract class CareRepositoryContract extends DatabaseContract {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    private static long account(Handle tx, String username, String role) {
        Person person = tx.people().findOrCreate("web-" + username, NOW);
        tx.accounts().create(person, username, "hash", role, NOW);
        return person.id();
    }

    private static long clinician(Handle tx, String username, Clinic clinic) {
        long id = account(tx, username, "CLINICIAN");
        tx.clinics().addClinician(id, clinic, "Dr " + username);
        return id;
    }

    @Test
    void accountsKeepTheirRoleAndSignedUpOnesArePeople() {
        database.inTransaction(
                tx -> {
                    tx.accounts().create(tx.people().findOrCreate("web-ana", NOW), "ana", "h", NOW);
                    account(tx, "doc", "CLINICIAN");
                    assertThat(tx.accounts().find("ana").orElseThrow().role()).isEqualTo("PERSON");
                    assertThat(tx.accounts().find("doc").orElseThrow().role())
                            .isEqualTo("CLINICIAN");
                    return null;
                });
    }

    @Test
    void clinicsAndTheirCliniciansReadBack() {
        database.inTransaction(
                tx -> {
                    Clinic north = tx.clinics().create("North", NOW);
                    long doc = clinician(tx, "doc", north);
                    assertThat(tx.clinics().find("North")).contains(north);
                    assertThat(tx.clinics().all()).containsExactly(north);
                    assertThat(tx.clinics().clinician(doc).orElseThrow().displayName())
                            .isEqualTo("Dr doc");
                    assertThat(tx.clinics().clinician(doc).orElseThrow().clinic()).isEqualTo(north);
                    assertThat(tx.clinics().clinicians(north)).hasSize(1);
                    return null;
                });
    }

    @Test
    void anInviteIsFoundByItsHashAndUsedOnlyOnce() {
        database.inTransaction(
                tx -> {
                    Clinic north = tx.clinics().create("North", NOW);
                    long doc = clinician(tx, "doc", north);
                    long ana = account(tx, "ana", "PERSON");
                    long id = tx.care().invite("abc", doc, north.id(), NOW, NOW.plusSeconds(60));
                    Invite invite = tx.care().invite("abc").orElseThrow();
                    assertThat(invite.id()).isEqualTo(id);
                    assertThat(invite.clinicianName()).isEqualTo("Dr doc");
                    assertThat(invite.clinicName()).isEqualTo("North");
                    assertThat(invite.open(NOW)).isTrue();
                    assertThat(tx.care().use(id, ana, "accepted", NOW)).isTrue();
                    assertThat(tx.care().use(id, ana, "accepted", NOW)).isFalse();
                    assertThat(tx.care().invite("abc").orElseThrow().usedAt()).contains(NOW);
                    assertThat(tx.care().invite("other")).isEmpty();
                    assertThat(tx.care().invites(doc)).hasSize(1);
                    return null;
                });
    }

    @Test
    void aLinkGivesAccessOnlyWhileActiveAndOnlyInItsClinic() {
        database.inTransaction(
                tx -> {
                    Clinic north = tx.clinics().create("North", NOW);
                    Clinic south = tx.clinics().create("South", NOW);
                    long doc = clinician(tx, "doc", north);
                    long other = clinician(tx, "other", south);
                    long ana = account(tx, "ana", "PERSON");
                    long ben = account(tx, "ben", "PERSON");
                    tx.care().link(ana, doc, north.id(), NOW);
                    // a link naming a clinic that is not the clinician's own opens nothing
                    tx.care().link(ben, other, north.id(), NOW);

                    assertThat(tx.care().accessible(doc, ana))
                            .contains(new CarePerson(ana, "ana", NOW));
                    assertThat(tx.care().accessible(doc, ben)).isEmpty();
                    assertThat(tx.care().accessible(other, ben)).isEmpty();
                    assertThat(tx.care().roster(doc))
                            .extracting(CarePerson::name)
                            .containsExactly("ana");
                    assertThat(tx.care().roster(other)).isEmpty();

                    assertThat(tx.care().revoke(ana, doc, NOW.plusSeconds(5))).isTrue();
                    assertThat(tx.care().revoke(ana, doc, NOW.plusSeconds(6))).isFalse();
                    assertThat(tx.care().accessible(doc, ana)).isEmpty();
                    assertThat(tx.care().roster(doc)).isEmpty();
                    List<CareLink> links = tx.care().links(ana);
                    assertThat(links).hasSize(1);
                    assertThat(links.get(0).status()).isEqualTo(LinkStatus.REVOKED);
                    assertThat(links.get(0).endedAt()).contains(NOW.plusSeconds(5));
                    assertThat(links.get(0).clinicianName()).isEqualTo("Dr doc");
                    return null;
                });
    }

    @Test
    void theAuditKeepsEveryLookNewestFirstAndTheRosterLookInOneStatement() {
        database.inTransaction(
                tx -> {
                    Clinic north = tx.clinics().create("North", NOW);
                    long doc = clinician(tx, "doc", north);
                    long ana = account(tx, "ana", "PERSON");
                    long ben = account(tx, "ben", "PERSON");
                    tx.care().link(ana, doc, north.id(), NOW);
                    tx.care().link(ben, doc, north.id(), NOW);
                    tx.care().audit(ana, doc, "Dr doc", "North", RecordView.RECORD, NOW);
                    assertThat(
                                    tx.care()
                                            .auditAll(
                                                    doc,
                                                    "Dr doc",
                                                    "North",
                                                    RecordView.SUMMARY,
                                                    NOW.plusSeconds(1)))
                            .isEqualTo(2);
                    assertThat(tx.care().audit(ana))
                            .containsExactly(
                                    new AuditEntry(
                                            NOW.plusSeconds(1),
                                            "Dr doc",
                                            "North",
                                            RecordView.SUMMARY),
                                    new AuditEntry(NOW, "Dr doc", "North", RecordView.RECORD));
                    assertThat(tx.care().audit(ben)).hasSize(1);
                    return null;
                });
    }

    @Test
    void theDashboardQueriesAnswerForEveryLinkedPersonAndNobodyElse() {
        database.inTransaction(
                tx -> {
                    Clinic north = tx.clinics().create("North", NOW);
                    long doc = clinician(tx, "doc", north);
                    long ana = account(tx, "ana", "PERSON");
                    long stranger = account(tx, "zed", "PERSON");
                    tx.care().link(ana, doc, north.id(), NOW);
                    for (long person : List.of(ana, stranger)) {
                        tx.diary()
                                .append(
                                        person,
                                        entry(TODAY.minusDays(40), 6),
                                        NOW,
                                        Optional.empty());
                        tx.diary()
                                .append(
                                        person,
                                        entry(TODAY.minusDays(3), 5),
                                        NOW,
                                        Optional.empty());
                        tx.diary().append(person, entry(TODAY, 4), NOW, Optional.empty());
                        tx.assessments()
                                .save(
                                        person,
                                        Intake.empty(),
                                        Disposition.INCOMPLETE,
                                        NOW.minusSeconds(60));
                        tx.assessments().save(person, Intake.empty(), Disposition.URGENT, NOW);
                        tx.sessions()
                                .save(
                                        person,
                                        new SessionLog(
                                                0,
                                                NOW,
                                                NOW.plusSeconds(60),
                                                new Pain(5),
                                                Optional.empty(),
                                                true,
                                                List.of()));
                        tx.escalations()
                                .save(
                                        person,
                                        new Escalation(
                                                "F2",
                                                "Worse",
                                                Disposition.SEE_CLINICIAN,
                                                "See someone",
                                                "pain up",
                                                List.of("s1")),
                                        NOW);
                        tx.measures()
                                .save(
                                        person,
                                        new MeasureLog(
                                                "nprs",
                                                TODAY.minusDays(7),
                                                NOW,
                                                "6",
                                                "6",
                                                "moderate"));
                        tx.measures()
                                .save(person, new MeasureLog("nprs", TODAY, NOW, "4", "4", "mild"));
                    }
                    CareRoster roster = tx.roster();
                    assertThat(roster.latestDispositions(doc)).containsOnlyKeys(ana);
                    assertThat(roster.latestDispositions(doc).get(ana).disposition())
                            .isEqualTo(Disposition.URGENT);
                    assertThat(roster.painSince(doc, TODAY.minusDays(27)).get(ana))
                            .extracting(PainPoint::pain)
                            .containsExactly(5, 4);
                    assertThat(roster.painSince(doc, TODAY.minusDays(27))).containsOnlyKeys(ana);
                    assertThat(roster.firstPain(doc).get(ana).pain()).isEqualTo(6);
                    assertThat(roster.latestPain(doc).get(ana).pain()).isEqualTo(4);
                    assertThat(roster.latestPain(doc)).containsOnlyKeys(ana);
                    assertThat(roster.sessionsSince(doc, NOW.minusSeconds(3600)))
                            .isEqualTo(Map.of(ana, 1));
                    assertThat(roster.unreviewed(doc))
                            .isEqualTo(Map.of(ana, Map.of(Disposition.SEE_CLINICIAN, 1)));
                    assertThat(roster.latestMeasures(doc).get(ana))
                            .extracting(MeasureLog::score)
                            .containsExactly("4");
                    assertThat(roster.latestMeasures(doc)).containsOnlyKeys(ana);
                    return null;
                });
    }

    @Test
    void adviceIsReviewedOnceAndLeavesTheQueue() {
        database.inTransaction(
                tx -> {
                    Clinic north = tx.clinics().create("North", NOW);
                    long doc = clinician(tx, "doc", north);
                    long ana = account(tx, "ana", "PERSON");
                    tx.care().link(ana, doc, north.id(), NOW);
                    tx.escalations()
                            .save(
                                    ana,
                                    new Escalation(
                                            "F1",
                                            "Not better",
                                            Disposition.SEE_CLINICIAN,
                                            "See someone",
                                            "14 days",
                                            List.of("s1", "s2")),
                                    NOW);
                    List<Review> pending = tx.reviews().pending(doc);
                    assertThat(pending).hasSize(1);
                    Review review = pending.get(0);
                    assertThat(review.escalation().sources()).containsExactly("s1", "s2");
                    assertThat(review.seen()).isEmpty();
                    assertThat(
                                    tx.reviews()
                                            .acknowledge(
                                                    review.escalationId(),
                                                    doc,
                                                    "Dr doc",
                                                    "Call us",
                                                    NOW.plusSeconds(9)))
                            .isTrue();
                    assertThat(
                                    tx.reviews()
                                            .acknowledge(
                                                    review.escalationId(),
                                                    doc,
                                                    "Dr doc",
                                                    "again",
                                                    NOW))
                            .isFalse();
                    assertThat(tx.reviews().pending(doc)).isEmpty();
                    Review seen = tx.reviews().all(ana).get(0);
                    assertThat(seen.seen().orElseThrow().by()).isEqualTo("Dr doc");
                    assertThat(seen.seen().orElseThrow().note()).isEqualTo("Call us");
                    assertThat(seen.seen().orElseThrow().at()).isEqualTo(NOW.plusSeconds(9));
                    return null;
                });
    }

    @Test
    void deletingAPersonDeletesTheirLinksAndAuditButNotTheClinician() {
        long[] ids =
                database.inTransaction(
                        tx -> {
                            Clinic north = tx.clinics().create("North", NOW);
                            long doc = clinician(tx, "doc", north);
                            long ana = account(tx, "ana", "PERSON");
                            tx.care().link(ana, doc, north.id(), NOW);
                            tx.care().audit(ana, doc, "Dr doc", "North", RecordView.RECORD, NOW);
                            return new long[] {doc, ana};
                        });
        database.inTransaction(tx -> tx.people().delete(ids[1]));
        database.inTransaction(
                tx -> {
                    assertThat(tx.care().links(ids[1])).isEmpty();
                    assertThat(tx.care().audit(ids[1])).isEmpty();
                    assertThat(tx.care().roster(ids[0])).isEmpty();
                    assertThat(tx.clinics().clinician(ids[0])).isPresent();
                    return null;
                });
    }

    private static NewEntry entry(LocalDate date, int pain) {
        return new NewEntry(date, new Pain(pain), Set.of(Activity.STRETCH), "", Map.of());
    }
}
