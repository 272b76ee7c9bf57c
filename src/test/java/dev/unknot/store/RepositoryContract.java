package dev.unknot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.assessment.Assessor;
import dev.unknot.assessment.SavedAssessment;
import dev.unknot.diary.Activity;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.Escalation;
import dev.unknot.diary.NewEntry;
import dev.unknot.diary.RaisedEscalation;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.Logged;
import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.Disposition;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.measure.MeasureLog;
import dev.unknot.person.Person;
import dev.unknot.session.SessionLog;
import dev.unknot.session.StepResult;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The repository behaviour every supported database must show; subclasses pick the database. */
abstract class RepositoryContract {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    Database database;

    abstract DatabaseUrl url();

    void dispose(DatabaseUrl url) {}

    private DatabaseUrl url;

    @BeforeEach
    void open() {
        url = url();
        database = Database.open(url);
    }

    @AfterEach
    void close() {
        database.close();
        dispose(url);
    }

    static NewEntry entry(LocalDate date, int pain) {
        return new NewEntry(date, new Pain(pain), Set.of(Activity.STRETCH), "", Map.of());
    }

    @Test
    void appendedEntryReadsBackWithEveryField() {
        NewEntry logged =
                new NewEntry(
                        TODAY,
                        new Pain(4),
                        Set.of(Activity.HEAT, Activity.STRETCH),
                        "stiff after work — better after heat",
                        Map.of(Question.FEVER, false, Question.LEG_WEAKNESS, LegWeakness.NONE));

        DiaryEntry stored =
                database.inTransaction(
                        tx -> {
                            Person person = tx.people().findOrCreate("ana", NOW);
                            return tx.diary().append(person.id(), logged, NOW, Optional.empty());
                        });

        List<DiaryEntry> read =
                database.inTransaction(
                        tx -> tx.diary().all(tx.people().find("ana").orElseThrow().id()));
        assertThat(read).containsExactly(stored);
        assertThat(read.get(0).note()).isEqualTo("stiff after work — better after heat");
        assertThat(read.get(0).safety())
                .containsEntry(Question.FEVER, false)
                .containsEntry(Question.LEG_WEAKNESS, LegWeakness.NONE);
        assertThat(read.get(0).activities())
                .containsExactlyInAnyOrder(Activity.HEAT, Activity.STRETCH);
    }

    @Test
    void entriesComeBackOldestFirstAndFirstAndSinceSelectByDate() {
        long id =
                database.inTransaction(
                        tx -> {
                            Person person = tx.people().findOrCreate("ben", NOW);
                            tx.diary().append(person.id(), entry(TODAY, 3), NOW, Optional.empty());
                            tx.diary()
                                    .append(
                                            person.id(),
                                            entry(TODAY.minusDays(20), 7),
                                            NOW,
                                            Optional.empty());
                            tx.diary()
                                    .append(
                                            person.id(),
                                            entry(TODAY.minusDays(5), 5),
                                            NOW,
                                            Optional.empty());
                            return person.id();
                        });

        database.inTransaction(
                tx -> {
                    assertThat(tx.diary().all(id))
                            .extracting(entry -> entry.pain().points())
                            .containsExactly(7, 5, 3);
                    assertThat(tx.diary().first(id))
                            .get()
                            .extracting(entry -> entry.pain().points())
                            .isEqualTo(7);
                    assertThat(tx.diary().since(id, TODAY.minusDays(13)))
                            .extracting(entry -> entry.pain().points())
                            .containsExactly(5, 3);
                    assertThat(tx.diary().count(id)).isEqualTo(3);
                    return null;
                });
    }

    @Test
    void peopleSharingADatabaseSeeOnlyTheirOwnEntries() {
        database.inTransaction(
                tx -> {
                    tx.diary()
                            .append(
                                    tx.people().findOrCreate("ana", NOW).id(),
                                    entry(TODAY, 2),
                                    NOW,
                                    Optional.empty());
                    tx.diary()
                            .append(
                                    tx.people().findOrCreate("ben", NOW).id(),
                                    entry(TODAY, 9),
                                    NOW,
                                    Optional.empty());
                    return null;
                });

        database.inTransaction(
                tx -> {
                    assertThat(tx.diary().all(tx.people().find("ana").orElseThrow().id()))
                            .extracting(entry -> entry.pain().points())
                            .containsExactly(2);
                    assertThat(tx.diary().all(tx.people().find("ben").orElseThrow().id()))
                            .extracting(entry -> entry.pain().points())
                            .containsExactly(9);
                    return null;
                });
    }

    @Test
    void failedTransactionStoresNothing() {
        assertThatThrownBy(
                        () ->
                                database.inTransaction(
                                        tx -> {
                                            Person person = tx.people().findOrCreate("cat", NOW);
                                            tx.diary()
                                                    .append(
                                                            person.id(),
                                                            entry(TODAY, 5),
                                                            NOW,
                                                            Optional.empty());
                                            throw new IllegalStateException(
                                                    "crash between two writes");
                                        }))
                .isInstanceOf(IllegalStateException.class);

        Optional<Person> cat = database.inTransaction(tx -> tx.people().find("cat"));
        assertThat(cat).isEmpty();
    }

    @Test
    void databaseRejectsPainOutOfRangeEvenPastTheDomainCheck() {
        assertThatThrownBy(
                        () ->
                                database.inTransaction(
                                        tx -> {
                                            long personId =
                                                    tx.people().findOrCreate("dan", NOW).id();
                                            return tx.jdbc(
                                                    c -> {
                                                        try (var insert =
                                                                c.prepareStatement(
                                                                        "INSERT INTO diary_entry (person_id, entry_date, recorded_at, pain,"
                                                                                + " activities, note, safety_json) VALUES (?, DATE '2026-11-22', CURRENT_TIMESTAMP, 11, '', '', '')")) {
                                                            insert.setLong(1, personId);
                                                            return insert.executeUpdate();
                                                        }
                                                    });
                                        }))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void deletingAPersonDeletesEverythingStoredForThem() {
        long id =
                database.inTransaction(
                        tx -> {
                            Person person = tx.people().findOrCreate("eve", NOW);
                            tx.diary().append(person.id(), entry(TODAY, 5), NOW, Optional.empty());
                            tx.assessments()
                                    .save(person.id(), Intake.empty(), Disposition.INCOMPLETE, NOW);
                            tx.escalations().save(person.id(), escalation(), NOW);
                            return person.id();
                        });

        boolean deleted = database.inTransaction(tx -> tx.people().delete(id));
        assertThat(deleted).isTrue();

        database.inTransaction(
                tx -> {
                    assertThat(tx.diary().all(id)).isEmpty();
                    assertThat(tx.assessments().latest(id)).isEmpty();
                    assertThat(tx.escalations().all(id)).isEmpty();
                    return null;
                });
    }

    @Test
    void latestSavedAssessmentComesBack() {
        Intake first = new IntakeJson().read("{\"painNow\": 6}");
        Intake second =
                new IntakeJson()
                        .read(
                                "{\"painNow\": 3, \"regions\": [\"flank\"], \"flags\": {\"fever\": false}}");

        long id =
                database.inTransaction(
                        tx -> {
                            Person person = tx.people().findOrCreate("fay", NOW);
                            tx.assessments()
                                    .save(
                                            person.id(),
                                            first,
                                            Disposition.INCOMPLETE,
                                            NOW.minusSeconds(60));
                            tx.assessments().save(person.id(), second, Disposition.INCOMPLETE, NOW);
                            return person.id();
                        });

        Optional<SavedAssessment> latest =
                database.inTransaction(tx -> tx.assessments().latest(id));
        assertThat(latest).get().satisfies(saved -> assertThat(saved.intake()).isEqualTo(second));
    }

    @Test
    void escalationsAreKeptWithTheirAdviceAndSources() {
        long id =
                database.inTransaction(
                        tx -> {
                            Person person = tx.people().findOrCreate("gus", NOW);
                            tx.escalations().save(person.id(), escalation(), NOW);
                            return person.id();
                        });

        List<RaisedEscalation> raised = database.inTransaction(tx -> tx.escalations().all(id));
        assertThat(raised)
                .singleElement()
                .satisfies(stored -> assertThat(stored.escalation()).isEqualTo(escalation()));
    }

    @Test
    void sessionComesBackWithItsStepsInOrder() {
        SessionLog session =
                new SessionLog(
                        0,
                        NOW.minusSeconds(900),
                        NOW,
                        new Pain(6),
                        Optional.of(new Pain(4)),
                        true,
                        List.of(
                                new SessionLog.StepLog(
                                        "heat-before",
                                        "Heat before massage and stretching",
                                        StepResult.DONE,
                                        900),
                                new SessionLog.StepLog(
                                        "tennis-ball",
                                        "Tennis ball against the floor or a wall",
                                        StepResult.SKIPPED,
                                        3),
                                new SessionLog.StepLog("cat-cow", "Cat-cow", StepResult.DONE, 50)));

        long id =
                database.inTransaction(
                        tx -> {
                            Person person = tx.people().findOrCreate("hal", NOW);
                            tx.sessions().save(person.id(), session);
                            tx.sessions()
                                    .save(
                                            person.id(),
                                            new SessionLog(
                                                    0,
                                                    NOW,
                                                    NOW,
                                                    new Pain(5),
                                                    Optional.empty(),
                                                    false,
                                                    List.of()));
                            return person.id();
                        });

        List<SessionLog> stored = database.inTransaction(tx -> tx.sessions().all(id));
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).steps()).isEqualTo(session.steps());
        assertThat(stored.get(0).painAfter()).contains(new Pain(4));
        assertThat(stored.get(1).painAfter()).isEmpty();
        assertThat(stored.get(1).finished()).isFalse();
    }

    private FollowUpService followUp() {
        KnowledgeBase knowledge = KnowledgeBase.load();
        return new FollowUpService(
                database,
                new Assessor(knowledge),
                FollowUpRules.load(knowledge),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void loggedSessionAndItsDiaryEntryAreStoredTogetherAndLinked() {
        SessionLog session =
                new SessionLog(
                        0,
                        NOW.minusSeconds(60),
                        NOW,
                        new Pain(6),
                        Optional.of(new Pain(4)),
                        true,
                        List.of(new SessionLog.StepLog("cat-cow", "Cat-cow", StepResult.DONE, 50)));

        Logged logged =
                followUp()
                        .logSession(
                                "ida",
                                session,
                                new NewEntry(
                                        TODAY,
                                        new Pain(4),
                                        Set.of(Activity.SESSION),
                                        "guided session",
                                        Map.of()));

        List<SessionLog> sessions =
                database.inTransaction(
                        tx -> tx.sessions().all(tx.people().find("ida").orElseThrow().id()));
        List<DiaryEntry> entries =
                database.inTransaction(
                        tx -> tx.diary().all(tx.people().find("ida").orElseThrow().id()));
        assertThat(sessions)
                .singleElement()
                .satisfies(stored -> assertThat(stored.steps()).isEqualTo(session.steps()));
        assertThat(entries)
                .singleElement()
                .satisfies(
                        entry -> {
                            assertThat(entry.sessionId()).contains(sessions.get(0).id());
                            assertThat(entry.hasSession()).isTrue();
                        });
        assertThat(logged.entry().sessionId()).contains(sessions.get(0).id());
    }

    @Test
    void sessionThatCannotBeStoredLeavesNoDiaryEntryEither() {
        SessionLog tooLong =
                new SessionLog(
                        0,
                        NOW,
                        NOW,
                        new Pain(6),
                        Optional.of(new Pain(4)),
                        true,
                        List.of(
                                new SessionLog.StepLog(
                                        "cat-cow", "x".repeat(500), StepResult.DONE, 50)));
        FollowUpService service = followUp();

        assertThatThrownBy(
                        () ->
                                service.logSession(
                                        "jo",
                                        tooLong,
                                        new NewEntry(
                                                TODAY,
                                                new Pain(4),
                                                Set.of(Activity.SESSION),
                                                "",
                                                Map.of())))
                .isInstanceOf(StorageException.class);

        Optional<Person> person = database.inTransaction(tx -> tx.people().find("jo"));
        assertThat(person).isEmpty();
    }

    @Test
    void measureResultsComeBackInDateOrder() {
        MeasureLog later =
                new MeasureLog(
                        "odi", TODAY, NOW, "2,2,2,2,2,2,2,2,2,2", "40%", "moderate disability");
        MeasureLog earlier = new MeasureLog("rmdq", TODAY.minusDays(7), NOW, "1,0,1,-", "7", "");

        long id =
                database.inTransaction(
                        tx -> {
                            Person person = tx.people().findOrCreate("ivy", NOW);
                            tx.measures().save(person.id(), later);
                            tx.measures().save(person.id(), earlier);
                            return person.id();
                        });

        List<MeasureLog> stored = database.inTransaction(tx -> tx.measures().all(id));
        assertThat(stored).containsExactly(earlier, later);
    }

    @Test
    void editedEntryKeepsItsIdAndWhenItWasRecordedAndSaysWhenItChanged() {
        Instant later = NOW.plusSeconds(3600);
        NewEntry changed =
                new NewEntry(
                        TODAY.minusDays(1),
                        new Pain(2),
                        Set.of(Activity.WALK),
                        "better",
                        Map.of(Question.FEVER, false));
        DiaryEntry stored =
                database.inTransaction(
                        tx -> {
                            Person person = tx.people().findOrCreate("eve", NOW);
                            return tx.diary()
                                    .append(person.id(), entry(TODAY, 5), NOW, Optional.empty());
                        });

        Optional<DiaryEntry> edited =
                database.inTransaction(
                        tx ->
                                tx.diary()
                                        .update(
                                                tx.people().find("eve").orElseThrow().id(),
                                                stored.id(),
                                                changed,
                                                later));

        assertThat(edited)
                .hasValueSatisfying(
                        entry -> {
                            assertThat(entry.id()).isEqualTo(stored.id());
                            assertThat(entry.recordedAt()).isEqualTo(NOW);
                            assertThat(entry.changedAt()).contains(later);
                            assertThat(entry.date()).isEqualTo(TODAY.minusDays(1));
                            assertThat(entry.pain()).isEqualTo(new Pain(2));
                            assertThat(entry.activities()).containsExactly(Activity.WALK);
                            assertThat(entry.note()).isEqualTo("better");
                            assertThat(entry.safety()).containsEntry(Question.FEVER, false);
                        });
        assertThat(stored.changedAt()).isEmpty();
    }

    @Test
    void failedEditLeavesTheEntryAsItWas() {
        DiaryEntry stored =
                database.inTransaction(
                        tx -> {
                            Person person = tx.people().findOrCreate("fay", NOW);
                            return tx.diary()
                                    .append(person.id(), entry(TODAY, 5), NOW, Optional.empty());
                        });

        assertThatThrownBy(
                        () ->
                                database.inTransaction(
                                        tx -> {
                                            long personId =
                                                    tx.people().find("fay").orElseThrow().id();
                                            tx.diary()
                                                    .update(
                                                            personId,
                                                            stored.id(),
                                                            entry(TODAY, 9),
                                                            NOW);
                                            throw new IllegalStateException("crash after the edit");
                                        }))
                .isInstanceOf(IllegalStateException.class);

        Optional<DiaryEntry> after =
                database.inTransaction(
                        tx ->
                                tx.diary()
                                        .find(
                                                tx.people().find("fay").orElseThrow().id(),
                                                stored.id()));
        assertThat(after).contains(stored);
    }

    @Test
    void anotherPersonsEntryCanBeNeitherEditedNorDeleted() {
        long entryId =
                database.inTransaction(
                        tx -> {
                            Person owner = tx.people().findOrCreate("gus", NOW);
                            tx.people().findOrCreate("hal", NOW);
                            return tx.diary()
                                    .append(owner.id(), entry(TODAY, 5), NOW, Optional.empty())
                                    .id();
                        });

        database.inTransaction(
                tx -> {
                    long other = tx.people().find("hal").orElseThrow().id();
                    assertThat(tx.diary().update(other, entryId, entry(TODAY, 1), NOW)).isEmpty();
                    assertThat(tx.diary().delete(other, entryId)).isFalse();
                    assertThat(tx.diary().update(other, entryId + 1000, entry(TODAY, 1), NOW))
                            .isEmpty();
                    return null;
                });
        assertThat(followUp().entry("gus", entryId)).map(e -> e.pain().points()).contains(5);
    }

    @Test
    void deletedEntryIsGoneAndTheFollowUpRunsAgainOnWhatIsLeft() {
        FollowUpService followUp = followUp();
        long first = followUp.log("ian", entry(TODAY.minusDays(20), 3)).entry().id();
        long latest = followUp.log("ian", entry(TODAY, 6)).entry().id();
        assertThat(followUp.verdict("ian").progress().status())
                .isEqualTo(dev.unknot.diary.Progress.Status.WORSE);

        Optional<dev.unknot.diary.FollowUp.Verdict> verdict = followUp.delete("ian", latest);

        assertThat(verdict).isPresent();
        assertThat(verdict.get().progress().latestPain()).isEqualTo(3);
        assertThat(followUp.entries("ian")).extracting(DiaryEntry::id).containsExactly(first);
        assertThat(followUp.delete("ian", latest)).isEmpty();
    }

    @Test
    void editedEntryWithASafetyYesIsTriagedAgainAsANewOneWouldBe() {
        FollowUpService followUp = followUp();
        long id = followUp.log("jay", entry(TODAY, 4)).entry().id();

        Logged edited =
                followUp.edit(
                                "jay",
                                id,
                                new NewEntry(
                                        TODAY,
                                        new Pain(4),
                                        Set.of(),
                                        "",
                                        Map.of(Question.BLADDER_BOWEL_CHANGE, true)))
                        .orElseThrow();

        assertThat(edited.entry().id()).isEqualTo(id);
        assertThat(edited.retriage()).isPresent();
        assertThat(edited.raised()).extracting(Escalation::rule).contains("F3");
        List<RaisedEscalation> stored =
                database.inTransaction(
                        tx -> tx.escalations().all(tx.people().find("jay").orElseThrow().id()));
        assertThat(stored).extracting(raised -> raised.escalation().rule()).contains("F3");
    }

    @Test
    void editIsCheckedAsANewEntryIsAndAFutureDateChangesNothing() {
        FollowUpService followUp = followUp();
        long id = followUp.log("kim", entry(TODAY, 4)).entry().id();

        assertThatThrownBy(() -> followUp.edit("kim", id, entry(TODAY.plusDays(1), 2)))
                .isInstanceOf(dev.unknot.intake.InvalidInputException.class)
                .hasMessageContaining("date");
        assertThat(followUp.entry("kim", id)).map(e -> e.pain().points()).contains(4);
    }

    @Test
    void aRecordImportedTwiceIsStoredOnceAndTheCountsSaySo() {
        FollowUpService followUp = followUp();
        followUp.log("lee", entry(TODAY.minusDays(3), 6));
        followUp.log("lee", entry(TODAY, 4));
        database.inTransaction(
                tx -> {
                    long id = tx.people().find("lee").orElseThrow().id();
                    tx.measures()
                            .save(id, new MeasureLog("nprs", TODAY, NOW, "4", "4", "moderate"));
                    tx.escalations().save(id, escalation(), NOW);
                    tx.plans()
                            .add(
                                    id,
                                    dev.unknot.exercise.Author.clinician(42, "Dr Jones"),
                                    NOW,
                                    "first plan",
                                    "",
                                    List.of(
                                            new dev.unknot.exercise.PlanItem(
                                                    "bridge",
                                                    new dev.unknot.knowledge.Prescription(
                                                            2,
                                                            10,
                                                            0,
                                                            30,
                                                            0,
                                                            false,
                                                            1,
                                                            Set.of(java.time.DayOfWeek.MONDAY)),
                                                    dev.unknot.exercise.ItemSide.BOTH,
                                                    "")));
                    return null;
                });
        dev.unknot.record.RecordStore records =
                new dev.unknot.record.RecordStore(database, Clock.fixed(NOW, ZoneOffset.UTC));
        dev.unknot.record.PersonRecord exported = records.export("lee");

        dev.unknot.record.Imported first = records.importNew("mo", exported);
        dev.unknot.record.Imported second = records.importNew("mo", exported);
        dev.unknot.record.Imported own = records.importNew("lee", exported);

        assertThat(first.added()).isEqualTo(5);
        assertThat(second.added()).isZero();
        assertThat(own.added()).isZero();
        assertThat(second.counts())
                .extracting(dev.unknot.record.Imported.Count::alreadyThere)
                .containsExactly(2, 0, 1, 0, 1, 1, 0, 0);
        dev.unknot.exercise.ExercisePlan copied = records.export("mo").plans().get(0);
        assertThat(copied.items()).isEqualTo(exported.plans().get(0).items());
        assertThat(copied.version()).isEqualTo(1);
        assertThat(copied.author().clinicianId()).isEmpty();
        assertThat(copied.author().name()).isEqualTo("Dr Jones");
        assertThat(copied.author().isUnknot()).isFalse();
        assertThat(records.export("mo").diary()).hasSize(2);
        assertThat(records.export("mo").escalations()).hasSize(1);
    }

    @Test
    void theSameRecordImportedFromEightThreadsAtOnceIsStoredOnce() throws Exception {
        FollowUpService followUp = followUp();
        followUp.log("ann", entry(TODAY.minusDays(3), 6));
        followUp.log("ann", entry(TODAY, 4));
        dev.unknot.record.RecordStore records =
                new dev.unknot.record.RecordStore(database, Clock.fixed(NOW, ZoneOffset.UTC));
        dev.unknot.record.PersonRecord exported = records.export("ann");
        database.inTransaction(tx -> tx.people().findOrCreate("bo", NOW));

        java.util.concurrent.ExecutorService threads =
                java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> added = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            added.add(
                    threads.submit(
                            () -> {
                                start.await();
                                return records.importNew("bo", exported).added();
                            }));
        }
        start.countDown();
        int total = 0;
        for (java.util.concurrent.Future<Integer> one : added) {
            total += one.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        threads.shutdown();

        assertThat(total).isEqualTo(2);
        assertThat(records.export("bo").diary()).hasSize(2);
    }

    static Escalation escalation() {
        return new Escalation(
                "F2",
                "Worse this week than last week",
                Disposition.SEE_CLINICIAN,
                "Book a clinician.",
                "average pain 7.0 against 4.0",
                List.of("000", "003"));
    }
}
