package dev.unknot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.assessment.Assessor;
import dev.unknot.diary.Activity;
import dev.unknot.followup.FollowUpService;
import dev.unknot.followup.Logged;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.knowledge.KnowledgeBase;
import dev.unknot.diary.DiaryEntry;
import dev.unknot.diary.Escalation;
import dev.unknot.diary.NewEntry;
import dev.unknot.intake.Intake;
import dev.unknot.intake.IntakeJson;
import dev.unknot.intake.LegWeakness;
import dev.unknot.intake.Question;
import dev.unknot.knowledge.Disposition;
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

    final People people = new People(Clock.fixed(NOW, ZoneOffset.UTC));
    final Diary diary = new Diary();
    final Assessments assessments = new Assessments();
    final Escalations escalations = new Escalations();
    Database database;

    abstract DatabaseUrl url();

    void dispose(DatabaseUrl url) {
    }

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
        return new NewEntry(date, pain, Set.of(Activity.STRETCH), "", Map.of());
    }

    @Test
    void appendedEntryReadsBackWithEveryField() {
        NewEntry logged = new NewEntry(TODAY, 4, Set.of(Activity.HEAT, Activity.STRETCH), "stiff after work — better after heat",
                Map.of(Question.FEVER, false, Question.LEG_WEAKNESS, LegWeakness.NONE));

        DiaryEntry stored = database.inTransaction(c -> {
            Person person = people.findOrCreate(c, "ana");
            return diary.append(c, person.id(), logged, NOW, Optional.empty());
        });

        List<DiaryEntry> read = database.inTransaction(c -> diary.all(c, people.find(c, "ana").orElseThrow().id()));
        assertThat(read).containsExactly(stored);
        assertThat(read.get(0).note()).isEqualTo("stiff after work — better after heat");
        assertThat(read.get(0).safety()).containsEntry(Question.FEVER, false).containsEntry(Question.LEG_WEAKNESS, LegWeakness.NONE);
        assertThat(read.get(0).activities()).containsExactlyInAnyOrder(Activity.HEAT, Activity.STRETCH);
    }

    @Test
    void entriesComeBackOldestFirstAndFirstAndSinceSelectByDate() {
        long id = database.inTransaction(c -> {
            Person person = people.findOrCreate(c, "ben");
            diary.append(c, person.id(), entry(TODAY, 3), NOW, Optional.empty());
            diary.append(c, person.id(), entry(TODAY.minusDays(20), 7), NOW, Optional.empty());
            diary.append(c, person.id(), entry(TODAY.minusDays(5), 5), NOW, Optional.empty());
            return person.id();
        });

        database.inTransaction(c -> {
            assertThat(diary.all(c, id)).extracting(DiaryEntry::pain).containsExactly(7, 5, 3);
            assertThat(diary.first(c, id)).get().extracting(DiaryEntry::pain).isEqualTo(7);
            assertThat(diary.since(c, id, TODAY.minusDays(13))).extracting(DiaryEntry::pain).containsExactly(5, 3);
            assertThat(diary.count(c, id)).isEqualTo(3);
            return null;
        });
    }

    @Test
    void peopleSharingADatabaseSeeOnlyTheirOwnEntries() {
        database.inTransaction(c -> {
            diary.append(c, people.findOrCreate(c, "ana").id(), entry(TODAY, 2), NOW, Optional.empty());
            diary.append(c, people.findOrCreate(c, "ben").id(), entry(TODAY, 9), NOW, Optional.empty());
            return null;
        });

        database.inTransaction(c -> {
            assertThat(diary.all(c, people.find(c, "ana").orElseThrow().id())).extracting(DiaryEntry::pain).containsExactly(2);
            assertThat(diary.all(c, people.find(c, "ben").orElseThrow().id())).extracting(DiaryEntry::pain).containsExactly(9);
            return null;
        });
    }

    @Test
    void failedTransactionStoresNothing() {
        assertThatThrownBy(() -> database.inTransaction(c -> {
            Person person = people.findOrCreate(c, "cat");
            diary.append(c, person.id(), entry(TODAY, 5), NOW, Optional.empty());
            throw new IllegalStateException("crash between two writes");
        })).isInstanceOf(IllegalStateException.class);

        Optional<Person> cat = database.inTransaction(c -> people.find(c, "cat"));
        assertThat(cat).isEmpty();
    }

    @Test
    void databaseRejectsPainOutOfRangeEvenPastTheDomainCheck() {
        assertThatThrownBy(() -> database.inTransaction(c -> {
            try (var insert = c.prepareStatement("INSERT INTO diary_entry (person_id, entry_date, recorded_at, pain,"
                    + " activities, note, safety_json) VALUES (?, DATE '2026-11-22', CURRENT_TIMESTAMP, 11, '', '', '')")) {
                insert.setLong(1, people.findOrCreate(c, "dan").id());
                return insert.executeUpdate();
            }
        })).isInstanceOf(StorageException.class);
    }

    @Test
    void deletingAPersonDeletesEverythingStoredForThem() {
        long id = database.inTransaction(c -> {
            Person person = people.findOrCreate(c, "eve");
            diary.append(c, person.id(), entry(TODAY, 5), NOW, Optional.empty());
            assessments.save(c, person.id(), Intake.empty(), Disposition.INCOMPLETE, NOW);
            escalations.save(c, person.id(), escalation(), NOW);
            return person.id();
        });

        boolean deleted = database.inTransaction(c -> people.delete(c, id));
        assertThat(deleted).isTrue();

        database.inTransaction(c -> {
            assertThat(diary.all(c, id)).isEmpty();
            assertThat(assessments.latest(c, id)).isEmpty();
            assertThat(escalations.all(c, id)).isEmpty();
            return null;
        });
    }

    @Test
    void latestSavedAssessmentComesBack() {
        Intake first = new IntakeJson().read("{\"painNow\": 6}");
        Intake second = new IntakeJson().read("{\"painNow\": 3, \"regions\": [\"flank\"], \"flags\": {\"fever\": false}}");

        long id = database.inTransaction(c -> {
            Person person = people.findOrCreate(c, "fay");
            assessments.save(c, person.id(), first, Disposition.INCOMPLETE, NOW.minusSeconds(60));
            assessments.save(c, person.id(), second, Disposition.INCOMPLETE, NOW);
            return person.id();
        });

        Optional<Assessments.Saved> latest = database.inTransaction(c -> assessments.latest(c, id));
        assertThat(latest).get().satisfies(saved -> assertThat(saved.intake()).isEqualTo(second));
    }

    @Test
    void escalationsAreKeptWithTheirAdviceAndSources() {
        long id = database.inTransaction(c -> {
            Person person = people.findOrCreate(c, "gus");
            escalations.save(c, person.id(), escalation(), NOW);
            return person.id();
        });

        List<Escalations.Raised> raised = database.inTransaction(c -> escalations.all(c, id));
        assertThat(raised)
                .singleElement()
                .satisfies(stored -> assertThat(stored.escalation()).isEqualTo(escalation()));
    }

    @Test
    void sessionComesBackWithItsStepsInOrder() {
        SessionLog session = new SessionLog(0, NOW.minusSeconds(900), NOW, 6, Optional.of(4), true, List.of(
                new SessionLog.StepLog("heat-before", "Heat before massage and stretching", "done", 900),
                new SessionLog.StepLog("tennis-ball", "Tennis ball against the floor or a wall", "skipped", 3),
                new SessionLog.StepLog("cat-cow", "Cat-cow", "done", 50)));
        Sessions sessions = new Sessions();

        long id = database.inTransaction(c -> {
            Person person = people.findOrCreate(c, "hal");
            sessions.save(c, person.id(), session);
            sessions.save(c, person.id(), new SessionLog(0, NOW, NOW, 5, Optional.empty(), false, List.of()));
            return person.id();
        });

        List<SessionLog> stored = database.inTransaction(c -> sessions.all(c, id));
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).steps()).isEqualTo(session.steps());
        assertThat(stored.get(0).painAfter()).contains(4);
        assertThat(stored.get(1).painAfter()).isEmpty();
        assertThat(stored.get(1).finished()).isFalse();
    }

    private FollowUpService followUp() {
        KnowledgeBase knowledge = KnowledgeBase.load();
        return new FollowUpService(database, new Assessor(knowledge), FollowUpRules.load(knowledge),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void loggedSessionAndItsDiaryEntryAreStoredTogetherAndLinked() {
        SessionLog session = new SessionLog(0, NOW.minusSeconds(60), NOW, 6, Optional.of(4), true, List.of(
                new SessionLog.StepLog("cat-cow", "Cat-cow", "done", 50)));

        Logged logged = followUp().logSession("ida", session,
                new NewEntry(TODAY, 4, Set.of(Activity.SESSION), "guided session", Map.of()));

        List<SessionLog> sessions = database.inTransaction(c -> new Sessions().all(c, people.find(c, "ida").orElseThrow().id()));
        List<DiaryEntry> entries = database.inTransaction(c -> diary.all(c, people.find(c, "ida").orElseThrow().id()));
        assertThat(sessions).singleElement().satisfies(stored -> assertThat(stored.steps()).isEqualTo(session.steps()));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.sessionId()).contains(sessions.get(0).id());
            assertThat(entry.hasSession()).isTrue();
        });
        assertThat(logged.entry().sessionId()).contains(sessions.get(0).id());
    }

    @Test
    void sessionThatCannotBeStoredLeavesNoDiaryEntryEither() {
        SessionLog tooLong = new SessionLog(0, NOW, NOW, 6, Optional.of(4), true, List.of(
                new SessionLog.StepLog("cat-cow", "x".repeat(500), "done", 50)));
        FollowUpService service = followUp();

        assertThatThrownBy(() -> service.logSession("jo", tooLong,
                new NewEntry(TODAY, 4, Set.of(Activity.SESSION), "", Map.of()))).isInstanceOf(StorageException.class);

        Optional<Person> person = database.inTransaction(c -> people.find(c, "jo"));
        assertThat(person).isEmpty();
    }

    @Test
    void measureResultsComeBackInDateOrder() {
        MeasureResults results = new MeasureResults();
        MeasureLog later = new MeasureLog("odi", TODAY, NOW, "2,2,2,2,2,2,2,2,2,2", "40%", "moderate disability");
        MeasureLog earlier = new MeasureLog("rmdq", TODAY.minusDays(7), NOW, "1,0,1,-", "7", "");

        long id = database.inTransaction(c -> {
            Person person = people.findOrCreate(c, "ivy");
            results.save(c, person.id(), later);
            results.save(c, person.id(), earlier);
            return person.id();
        });

        List<MeasureLog> stored = database.inTransaction(c -> results.all(c, id));
        assertThat(stored).containsExactly(earlier, later);
    }

    static Escalation escalation() {
        return new Escalation("F2", "Worse this week than last week", Disposition.SEE_CLINICIAN, "Book a clinician.",
                "average pain 7.0 against 4.0", List.of("000", "003"));
    }
}
