package dev.unknot.bench;

import dev.unknot.account.Account;
import dev.unknot.account.Passwords;
import dev.unknot.account.Role;
import dev.unknot.account.Totp;
import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.clinic.CareRecord;
import dev.unknot.clinic.CareTeam;
import dev.unknot.clinic.RosterLine;
import dev.unknot.config.Config;
import dev.unknot.knowledge.LibraryExercise;
import dev.unknot.pathway.ExercisePlans;
import dev.unknot.session.Sleeper;
import dev.unknot.store.DatabaseUrl;
import dev.unknot.web.AccessLog;
import dev.unknot.web.WebServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clinician's list of people ({@link CareTeam#dashboard}) and one person's page ({@link
 * CareTeam#record} with the plan section) at scale: 10,000 people, 100 clinicians in 10 clinics
 * (100 people each), 1,000,000 diary entries, with assessments, sessions, advice, questionnaires
 * and an individual plan (two versions of four exercises) for every third person, seeded in SQL;
 * then both are timed (p50, p95, p99) as service calls and over HTTP on loopback against a real
 * server built through {@link App}, each clinician signed in with a password and a second factor.
 * {@code java ... RosterBenchmark [postgresql|h2] [people] [entriesPerPerson] [runs]}.
 */
public final class RosterBenchmark {
    private RosterBenchmark() {}

    /** The password of every seeded clinician. */
    static final String PASSWORD = "correct horse battery";

    private static final Pattern SECRET = Pattern.compile("\"secret\":\"([A-Z2-7 ]+)\"");

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "postgresql";
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int entries = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int warmUp = 30;
        System.out.println("seeding...");
        int clinicians = 100;
        DatabaseUrl url = BenchDatabases.fresh(kind);
        App app =
                TestApps.app(
                        new Config(Path.of("target", "no-home"), url, Config.DEFAULT_PROFILE),
                        Clock.systemDefaultZone(),
                        Sleeper.real());
        WebServer server = null;
        try {
            // The program migrates the schema on first use; the data goes in after.
            server =
                    WebServer.create(app.web(Optional.empty(), AccessLog.NONE))
                            .start("127.0.0.1", 0);
            long seeded = System.nanoTime();
            List<String> exercises =
                    TestApps.KNOWLEDGE.exerciseLibrary().exercises().stream()
                            .map(LibraryExercise::id)
                            .limit(4)
                            .toList();
            seed(url, people, clinicians, entries, exercises);
            System.out.printf(
                    "%s: seeded %,d people, %,d clinicians, %,d diary entries, plans for %,d"
                            + " people, VACUUM ANALYZE in %.1f s%n",
                    kind,
                    people,
                    clinicians,
                    (long) people * entries,
                    people / 3,
                    (System.nanoTime() - seeded) / 1e9);
            String shown = TestApps.KNOWLEDGE.exerciseLibrary().exercises().get(0).name();
            CareTeam care = app.careTeam();
            ExercisePlans plans = app.plans(Optional.empty());
            String base = "http://127.0.0.1:" + server.port();
            long signingIn = System.nanoTime();
            List<HttpClient> browsers = new ArrayList<>();
            for (int i = 0; i < clinicians; i++) {
                browsers.add(signIn(base, "c" + (people + 1L + i)));
            }
            System.out.printf(
                    "%s: %d clinicians signed in over HTTP (password and second factor) in %.1f s%n",
                    kind, clinicians, (System.nanoTime() - signingIn) / 1e9);

            Random random = new Random(7);
            Timings timings = new Timings();
            for (int i = 0; i < warmUp + runs; i++) {
                boolean counted = i >= warmUp;
                long personId = 1 + random.nextInt(people);
                int index = (int) (personId % clinicians);
                Account clinician = clinician(people, index);
                HttpClient browser = browsers.get(index);

                long start = System.nanoTime();
                List<RosterLine> list = care.dashboard(clinician);
                long dashboard = System.nanoTime() - start;

                start = System.nanoTime();
                CareRecord record = care.record(clinician, personId).orElseThrow();
                int versions = plans.history(personId).size();
                plans.suggestions(personId);
                long patient = System.nanoTime() - start;

                start = System.nanoTime();
                String listPage = page(browser, base + "/clinician");
                long dashboardHttp = System.nanoTime() - start;

                start = System.nanoTime();
                String personPage = page(browser, base + "/clinician/people/" + personId);
                long patientHttp = System.nanoTime() - start;

                if (counted) {
                    timings.dashboard.add(dashboard);
                    timings.patient.add(patient);
                    timings.dashboardHttp.add(dashboardHttp);
                    timings.patientHttp.add(patientHttp);
                    timings.lines += list.size();
                    timings.withPlan += versions > 0 ? 1 : 0;
                    timings.diary += record.diary().size();
                    timings.listBytes += listPage.length();
                    timings.personBytes += personPage.length();
                    timings.planShown += versions > 0 && personPage.contains(shown) ? 1 : 0;
                }
            }
            System.out.printf(
                    "%s: %d warm-up rounds, then %d rounds (each: one random person, their"
                            + " clinician's list then that person's page, service then HTTP)%n",
                    kind, warmUp, runs);
            System.out.printf(
                    "%s: on average %d people on a list, %,d characters of list page, %d diary"
                            + " entries in a record, %,d characters of person page; %d of %d"
                            + " people with a plan, its first exercise on the page of %d%n",
                    kind,
                    timings.lines / runs,
                    timings.listBytes / runs,
                    timings.diary / runs,
                    timings.personBytes / runs,
                    timings.withPlan,
                    runs,
                    timings.planShown);
            report(kind, "dashboard, service (CareTeam.dashboard)", timings.dashboard);
            report(kind, "dashboard, HTTP (GET /clinician)", timings.dashboardHttp);
            report(
                    kind,
                    "patient page, service (CareTeam.record + plan history + suggestions)",
                    timings.patient);
            report(kind, "patient page, HTTP (GET /clinician/people/{id})", timings.patientHttp);
        } finally {
            if (server != null) {
                server.stop();
            }
            app.close();
            if (System.getenv("KEEP_SCHEMA") == null) {
                BenchDatabases.drop(url);
            } else {
                System.out.println("kept " + url.jdbc());
            }
        }
    }

    private static final class Timings {
        final List<Long> dashboard = new ArrayList<>();
        final List<Long> dashboardHttp = new ArrayList<>();
        final List<Long> patient = new ArrayList<>();
        final List<Long> patientHttp = new ArrayList<>();
        long lines;
        long withPlan;
        long diary;
        long listBytes;
        long personBytes;
        long planShown;
    }

    private static void report(String kind, String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int n = sorted.size();
        System.out.printf(
                "%s: %s over %d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                kind,
                what,
                n,
                sorted.get(n / 2) / 1e6,
                sorted.get(n * 95 / 100) / 1e6,
                sorted.get(n * 99 / 100) / 1e6,
                sorted.get(n - 1) / 1e6);
    }

    /** A browser of its own for this clinician, signed in with the password and a second factor. */
    private static HttpClient signIn(String base, String username)
            throws IOException, InterruptedException {
        HttpClient browser =
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                        .build();
        HttpResponse<String> answer =
                post(
                        browser,
                        base + "/api/account/sign-in",
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        if (answer.statusCode() == 202) {
            Matcher secret = SECRET.matcher(answer.body());
            if (!secret.find()) {
                throw new IllegalStateException("no secret for " + username + ": " + answer.body());
            }
            String code = Totp.code(secret.group(1).replace(" ", ""), Instant.now());
            answer =
                    post(
                            browser,
                            base + "/api/account/sign-in/second-factor",
                            "{\"code\":\"" + code + "\"}");
        }
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(
                    "sign-in of "
                            + username
                            + " failed: "
                            + answer.statusCode()
                            + " "
                            + answer.body());
        }
        return browser;
    }

    private static HttpResponse<String> post(HttpClient browser, String uri, String json)
            throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(uri))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String page(HttpClient browser, String uri)
            throws IOException, InterruptedException {
        HttpResponse<String> answer =
                browser.send(
                        HttpRequest.newBuilder(URI.create(uri))
                                .header("Accept", "text/html")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    private static Account clinician(int people, int index) {
        long id = people + 1L + index;
        return new Account(id, "web-c" + id, "c" + id, Role.CLINICIAN);
    }

    private static void seed(
            DatabaseUrl url, int people, int clinicians, int entries, List<String> exercises)
            throws SQLException {
        StringBuilder exercise = new StringBuilder("CASE MOD(i, 4)");
        for (int i = 0; i < 4; i++) {
            exercise.append(" WHEN ")
                    .append(i)
                    .append(" THEN '")
                    .append(exercises.get(i))
                    .append("'");
        }
        exercise.append(" END");
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
            // An individual plan for every third person: two versions of four exercises each.
            "INSERT INTO plan_version (person_id, version, author_id, author_name, created_at,"
                    + " reason, note) SELECT g, v, "
                    + people
                    + " + 1 + MOD(g, "
                    + clinicians
                    + "), 'Dr', CURRENT_TIMESTAMP - CAST(3 - v AS INTEGER) * INTERVAL '7' DAY,"
                    + " 'From the assessment', '' FROM generate_series(1, "
                    + people
                    + ") g CROSS JOIN generate_series(1, 2) v WHERE MOD(g, 3) = 0",
            "INSERT INTO plan_item (plan_id, position, exercise_id, sets, reps, hold_seconds,"
                    + " rest_seconds, minutes, per_side, times_per_day, days, side, notes) SELECT"
                    + " p.id, i, "
                    + exercise
                    + ", 3, 10, 0, 30, 0, FALSE, 1, 'mon,wed,fri', 'both', '' FROM plan_version p"
                    + " CROSS JOIN generate_series(0, 3) i",
        };
        String user = url.isPostgres() ? "postgres" : "";
        try (Connection connection = DriverManager.getConnection(url.jdbc(), user, "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(
                        url.isPostgres() ? sql : sql.replace("generate_series", "SYSTEM_RANGE"));
            }
            try (PreparedStatement passwords =
                    connection.prepareStatement(
                            "UPDATE account SET password_hash = ? WHERE role = 'CLINICIAN'")) {
                passwords.setString(1, new Passwords(TestApps.PASSWORD_COST).hash(PASSWORD));
                passwords.executeUpdate();
            }
            if (url.isPostgres()) {
                statement.execute("VACUUM ANALYZE");
            }
        }
    }
}
