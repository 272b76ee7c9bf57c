package dev.unknot.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.account.Account;
import dev.unknot.account.Credentials;
import dev.unknot.account.Role;
import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.care.CarePerson;
import dev.unknot.care.RecordView;
import dev.unknot.config.Config;
import dev.unknot.diary.Activity;
import dev.unknot.diary.NewEntry;
import dev.unknot.intake.InvalidInputException;
import dev.unknot.intake.Pain;
import dev.unknot.intake.Question;
import dev.unknot.session.Sleeper;
import dev.unknot.store.DatabaseUrl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clinician's side through {@link CareTeam}, on the program as {@code Main} builds it: invite
 * codes, consent, the access rule across clinics, the audit of every look, the dashboard's flags.
 */
class CareTeamTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String PASSWORD = "correct horse battery";

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    private final MovingClock clock = new MovingClock();
    private App app;
    private CareTeam care;
    private Account doc;
    private Account far;

    @BeforeEach
    void start() {
        DatabaseUrl url =
                new DatabaseUrl(
                        "jdbc:h2:mem:care" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        app =
                TestApps.app(
                        new Config(Path.of("target", "no-home"), url, Config.DEFAULT_PROFILE),
                        clock,
                        Sleeper.real());
        ClinicAdmin admin = app.clinicAdmin(Optional.empty());
        admin.create("North");
        admin.create("South");
        doc = clinician(admin, "North", "doc", "Dr Doc");
        far = clinician(admin, "South", "far", "Dr Far");
        care = app.careTeam();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static Account clinician(ClinicAdmin admin, String clinic, String name, String shown) {
        var made = admin.addClinician(clinic, new Credentials(name, PASSWORD), shown);
        return new Account(made.personId(), "web-" + name, name, Role.CLINICIAN);
    }

    private Account person(String name) {
        return app.web(Optional.empty(), dev.unknot.web.AccessLog.NONE)
                .accounts()
                .signUp(new Credentials(name, PASSWORD))
                .account();
    }

    private String invite(Account clinician) {
        return care.invite(clinician).orElseThrow().code();
    }

    private int looks(Account person) {
        return care.auditFor(person.personId()).size();
    }

    @Test
    void anAcceptedInviteLetsTheClinicianOpenTheRecordAndEveryLookIsAudited() {
        Account ana = person("ana");
        Consent consent = care.accept(ana, invite(doc));

        assertThat(consent).isInstanceOf(Consent.Accepted.class);
        assertThat(care.roster(doc)).extracting(CarePerson::name).containsExactly("ana");
        int before = looks(ana);
        assertThat(care.open(doc, ana.personId(), RecordView.RECORD)).isPresent();
        assertThat(care.record(doc, ana.personId())).isPresent();
        care.dashboard(doc);
        care.reviews(doc);
        assertThat(looks(ana)).isEqualTo(before + 3);
        assertThat(care.auditFor(ana.personId()).get(0).clinicianName()).isEqualTo("Dr Doc");
        assertThat(care.auditFor(ana.personId()).get(0).clinicName()).isEqualTo("North");
    }

    @Test
    void aPersonWhoHasNotAcceptedIsNotThereAndNothingIsAudited() {
        Account ana = person("ana");
        invite(doc);

        assertThat(care.open(doc, ana.personId(), RecordView.RECORD)).isEmpty();
        assertThat(care.record(doc, ana.personId())).isEmpty();
        assertThat(care.dashboard(doc)).isEmpty();
        assertThat(looks(ana)).isZero();
    }

    @Test
    void nothingCrossesClinics() {
        Account ana = person("ana");
        care.accept(ana, invite(far));

        assertThat(care.open(doc, ana.personId(), RecordView.RECORD)).isEmpty();
        assertThat(care.roster(doc)).isEmpty();
        assertThat(care.open(far, ana.personId(), RecordView.RECORD)).isPresent();
    }

    @Test
    void aPersonsAccountIsNoClinicianEvenWithALink() {
        Account ana = person("ana");
        Account ben = person("ben");
        care.accept(ana, invite(doc));

        assertThat(care.open(ben, ana.personId(), RecordView.RECORD)).isEmpty();
        assertThat(care.invite(ben)).isEmpty();
        assertThat(care.accept(doc, invite(doc)))
                .isEqualTo(new Consent.Refused(InviteProblem.NOT_A_PERSON));
    }

    @Test
    void revokingEndsAccessAtOnce() {
        Account ana = person("ana");
        care.accept(ana, invite(doc));
        assertThat(care.open(doc, ana.personId(), RecordView.RECORD)).isPresent();

        assertThat(care.revoke(ana, doc.personId())).isTrue();

        assertThat(care.open(doc, ana.personId(), RecordView.RECORD)).isEmpty();
        assertThat(care.roster(doc)).isEmpty();
        assertThat(care.links(ana.personId())).allMatch(link -> !link.active());
    }

    @Test
    void anInviteIsUsedOnce() {
        Account ana = person("ana");
        Account ben = person("ben");
        String code = invite(doc);

        assertThat(care.accept(ana, code)).isInstanceOf(Consent.Accepted.class);
        assertThat(care.accept(ben, code)).isEqualTo(new Consent.Refused(InviteProblem.USED));
        assertThat(care.decline(ben, code)).isEqualTo(new Consent.Refused(InviteProblem.USED));
        assertThat(care.open(doc, ben.personId(), RecordView.RECORD)).isEmpty();
    }

    @Test
    void aDeclinedInviteSharesNothingAndIsUsedUp() {
        Account ana = person("ana");
        String code = invite(doc);

        assertThat(care.decline(ana, code)).isInstanceOf(Consent.Declined.class);
        assertThat(care.accept(ana, code)).isEqualTo(new Consent.Refused(InviteProblem.USED));
        assertThat(care.open(doc, ana.personId(), RecordView.RECORD)).isEmpty();
    }

    @Test
    void anInviteExpiresAfterSevenDays() {
        Account ana = person("ana");
        String code = invite(doc);

        clock.advance(Duration.ofDays(7));

        assertThat(care.check(code)).isEqualTo(new InviteCheck.Refused(InviteProblem.EXPIRED));
        assertThat(care.accept(ana, code)).isEqualTo(new Consent.Refused(InviteProblem.EXPIRED));
        assertThat(care.open(doc, ana.personId(), RecordView.RECORD)).isEmpty();
    }

    @Test
    void aWrongCodeIsUnknownAndATypedOneIsForgiving() {
        Account ana = person("ana");
        String code = invite(doc);
        String wrong = (code.charAt(0) == '0' ? "1" : "0") + code.substring(1);

        assertThat(care.check(wrong)).isEqualTo(new InviteCheck.Refused(InviteProblem.UNKNOWN));
        assertThat(care.check("")).isEqualTo(new InviteCheck.Refused(InviteProblem.UNKNOWN));
        assertThat(care.check("x".repeat(500)))
                .isEqualTo(new InviteCheck.Refused(InviteProblem.UNKNOWN));
        String typed = care.invite(doc).orElseThrow().typed().toLowerCase();
        assertThat(care.accept(ana, " " + typed + " ")).isInstanceOf(Consent.Accepted.class);
    }

    @Test
    void inviteCodesCarryAtLeast128RandomBitsAndAreKeptOnlyAsHashes() {
        String code = invite(doc);

        assertThat(code).hasSize(InviteCode.LENGTH);
        assertThat(InviteCode.LENGTH * 5).isGreaterThanOrEqualTo(128);
        assertThat(InviteCode.hash(code)).hasSize(64).doesNotContain(code);
    }

    @Test
    void theDashboardFlagsRedFlagsUnreviewedAdviceAndQuietDiariesMostSeriousFirst() {
        Account ana = person("ana");
        Account ben = person("ben");
        Account cat = person("cat");
        for (Account person : List.of(ana, ben, cat)) {
            care.accept(person, invite(doc));
        }
        LocalDate today = LocalDate.now(clock);
        var followUp = app.followUp(Optional.empty());
        followUp.log(
                ana.profile(),
                new NewEntry(
                        today,
                        new Pain(6),
                        Set.of(Activity.STRETCH),
                        "",
                        Map.of(Question.FEVER, true)));
        followUp.log(
                ben.profile(),
                new NewEntry(today.minusDays(10), new Pain(4), Set.of(), "", Map.of()));

        List<RosterLine> lines = care.dashboard(doc);

        assertThat(lines)
                .extracting(line -> line.person().name())
                .containsExactly("ana", "ben", "cat");
        assertThat(lines.get(0).flags())
                .extracting(Flagged::flag)
                .contains(Flag.RED_FLAG, Flag.NOT_REVIEWED);
        assertThat(lines.get(1).flags()).extracting(Flagged::flag).containsExactly(Flag.NO_DIARY);
        assertThat(lines.get(1).flags().get(0).words()).contains("7 days");
        assertThat(lines.get(2).flags().get(0).words()).isEqualTo("No diary entry yet");
        assertThat(lines.get(0).adherence().words()).isEqualTo("0 sessions this week; no plan yet");
        assertThat(lines.get(0).lastEntry().orElseThrow().pain()).isEqualTo(6);
    }

    @Test
    void acknowledgedAdviceLeavesTheQueueAndThePersonSeesWhoSawIt() {
        Account ana = person("ana");
        care.accept(ana, invite(doc));
        app.followUp(Optional.empty())
                .log(
                        ana.profile(),
                        new NewEntry(
                                LocalDate.now(clock),
                                new Pain(6),
                                Set.of(),
                                "",
                                Map.of(Question.FEVER, true)));
        long id = care.reviews(doc).get(0).escalationId();

        assertThatThrownBy(() -> care.acknowledge(doc, id, "  "))
                .isInstanceOf(InvalidInputException.class);
        assertThat(care.acknowledge(far, id, "not mine")).isEmpty();
        assertThat(care.acknowledge(doc, id, "Please call the clinic today")).isPresent();

        assertThat(care.reviews(doc)).isEmpty();
        var seen = care.reviewsFor(ana.personId()).get(0).seen().orElseThrow();
        assertThat(seen.by()).isEqualTo("Dr Doc");
        assertThat(seen.note()).isEqualTo("Please call the clinic today");
    }

    @Test
    void theAdherenceScheduleComesFromThePlanWhenThereIsOne() {
        Account ana = person("ana");
        care.accept(ana, invite(doc));
        CareTeam planned =
                new CareTeam(
                        app.database(Optional.empty()),
                        dev.unknot.knowledge.FollowUpRules.load(app.knowledge()),
                        (people, monday) -> Map.of(ana.personId(), 3),
                        CareSettings.DEFAULT,
                        clock);

        assertThat(planned.dashboard(doc).get(0).adherence().words())
                .isEqualTo("0 of 3 sessions this week");
    }
}
