package dev.unknot.bench;

import dev.unknot.account.Account;
import dev.unknot.account.Role;
import dev.unknot.app.TestApps;
import dev.unknot.clinic.CareSettings;
import dev.unknot.clinic.CareTeam;
import dev.unknot.clinic.RosterLine;
import dev.unknot.clinic.ScheduledSessions;
import dev.unknot.knowledge.FollowUpRules;
import dev.unknot.store.Database;
import dev.unknot.store.DatabaseUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The clinician's list of people ({@link CareTeam#dashboard}) at scale: 10,000 people, 100
 * clinicians in 10 clinics (100 people each), 1,000,000 diary entries, with assessments, sessions,
 * advice and questionnaires, seeded in SQL; then the list of random clinicians is timed (p50, p95,
 * p99). {@code java ... RosterBenchmark [postgresql|h2] [people] [entriesPerPerson] [runs]}.
 */
public final class RosterBenchmark {
    private RosterBenchmark() {}

    public static void main(String[] args) throws SQLException {
        String kind = args.length > 0 ? args[0] : "postgresql";
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int entries = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        System.out.println("seeding...");
        int clinicians = 100;
        DatabaseUrl url = BenchDatabases.fresh(kind);
        try (Database database = Database.open(url)) {
            long seeded = System.nanoTime();
            seed(url, people, clinicians, entries);
            System.out.printf(
                    "%s: seeded %,d people, %,d clinicians, %,d diary entries in %.1f s%n",
                    kind,
                    people,
                    clinicians,
                    (long) people * entries,
                    (System.nanoTime() - seeded) / 1e9);
            CareTeam care =
                    new CareTeam(
                            database,
                            FollowUpRules.load(TestApps.KNOWLEDGE),
                            ScheduledSessions.NO_PLAN,
                            CareSettings.DEFAULT,
                            Clock.systemDefaultZone());
            Random random = new Random(7);
            for (int i = 0; i < 30; i++) {
                care.dashboard(clinician(people, random.nextInt(clinicians)));
            }
            List<Long> nanos = new ArrayList<>();
            int lines = 0;
            for (int i = 0; i < runs; i++) {
                Account clinician = clinician(people, random.nextInt(clinicians));
                long start = System.nanoTime();
                List<RosterLine> list = care.dashboard(clinician);
                nanos.add(System.nanoTime() - start);
                lines += list.size();
            }
            nanos.sort(null);
            System.out.printf(
                    "%s: dashboard of %d people on average over %d runs: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
                    kind,
                    lines / runs,
                    runs,
                    nanos.get(runs / 2) / 1e6,
                    nanos.get(runs * 95 / 100) / 1e6,
                    nanos.get(runs * 99 / 100) / 1e6);
        } finally {
            if (System.getenv("KEEP_SCHEMA") == null) {
                BenchDatabases.drop(url);
            } else {
                System.out.println("kept " + url.jdbc());
            }
        }
    }

    private static Account clinician(int people, int index) {
        long id = people + 1L + index;
        return new Account(id, "web-c" + id, "c" + id, Role.CLINICIAN);
    }

    private static void seed(DatabaseUrl url, int people, int clinicians, int entries)
            throws SQLException {
        int total = people + clinicians;
        long rows = (long) people * entries;
        String[] statements = {
            "INSERT INTO person (name, created_at) SELECT CASE WHEN g <= "
                    + people
                    + " THEN 'web-p' || g ELSE 'web-c' || g END, CURRENT_TIMESTAMP FROM generate_series(1, "
                    + total
                    + ") g",
            "INSERT INTO account (person_id, username, password_hash, created_at, role) SELECT id,"
                    + " SUBSTRING(name, 5), 'x', CURRENT_TIMESTAMP, CASE WHEN id <= "
                    + people
                    + " THEN 'PERSON' ELSE 'CLINICIAN' END FROM person",
            "INSERT INTO clinic (name, created_at) SELECT 'Clinic ' || g, CURRENT_TIMESTAMP FROM"
                    + " generate_series(1, 10) g",
            "INSERT INTO clinician (person_id, clinic_id, display_name) SELECT id, MOD(id, 10) + 1,"
                    + " 'Dr ' || id FROM person WHERE id > "
                    + people,
            "INSERT INTO care_link (person_id, clinician_id, clinic_id, status, accepted_at) SELECT g, "
                    + people
                    + " + 1 + MOD(g, "
                    + clinicians
                    + "), MOD("
                    + people
                    + " + 1 + MOD(g, "
                    + clinicians
                    + "), 10) + 1, 'ACTIVE', CURRENT_TIMESTAMP FROM generate_series(1, "
                    + people
                    + ") g",
            "INSERT INTO diary_entry (person_id, entry_date, recorded_at, pain, activities, note,"
                    + " safety_json) SELECT 1 + MOD(g, "
                    + people
                    + "), CURRENT_DATE - CAST(g / "
                    + people
                    + " AS INTEGER), CURRENT_TIMESTAMP, MOD(g, 11), 'stretch', '', '' FROM"
                    + " generate_series(0, "
                    + (rows - 1)
                    + ") g",
            "INSERT INTO assessment (person_id, created_at, disposition, intake_json) SELECT 1 +"
                    + " MOD(g, "
                    + people
                    + "), CURRENT_TIMESTAMP - CAST(g AS INTEGER) * INTERVAL '1' MINUTE, CASE WHEN"
                    + " MOD(g, 50) = 0 THEN 'URGENT' ELSE 'SELF_CARE' END, '{}' FROM"
                    + " generate_series(0, "
                    + (3 * people - 1)
                    + ") g",
            "INSERT INTO session_log (person_id, started_at, ended_at, pain_before, pain_after,"
                    + " finished) SELECT 1 + MOD(g, "
                    + people
                    + "), CURRENT_TIMESTAMP - CAST(g / "
                    + people
                    + " AS INTEGER) * INTERVAL '1' DAY, CURRENT_TIMESTAMP, 5, 4, TRUE FROM"
                    + " generate_series(0, "
                    + (20 * people - 1)
                    + ") g",
            "INSERT INTO escalation (person_id, raised_at, rule, name, disposition, advice, detail,"
                    + " sources) SELECT 1 + MOD(g, "
                    + people
                    + "), CURRENT_TIMESTAMP, 'F2', 'Pain up', CASE WHEN MOD(g, 7) = 0 THEN"
                    + " 'URGENT' ELSE 'SEE_CLINICIAN' END, 'See someone', 'pain up', 's' FROM"
                    + " generate_series(0, "
                    + (3 * people - 1)
                    + ") g",
            "INSERT INTO measure_result (person_id, instrument, taken_on, recorded_at, responses,"
                    + " score, band) SELECT 1 + MOD(g, "
                    + people
                    + "), CASE WHEN MOD(g, 2) = 0 THEN 'nprs' ELSE 'odi' END, CURRENT_DATE - CAST(g"
                    + " / "
                    + people
                    + " AS INTEGER), CURRENT_TIMESTAMP, '5', '5', 'moderate' FROM"
                    + " generate_series(0, "
                    + (10 * people - 1)
                    + ") g",
        };
        String user = url.isPostgres() ? "postgres" : "";
        try (Connection connection = DriverManager.getConnection(url.jdbc(), user, "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(
                        url.isPostgres() ? sql : sql.replace("generate_series", "SYSTEM_RANGE"));
            }
            if (url.isPostgres()) {
                statement.execute("VACUUM ANALYZE");
            }
        }
    }
}
