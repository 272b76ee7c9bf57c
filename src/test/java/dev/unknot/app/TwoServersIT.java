package dev.unknot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.account.Totp;
import dev.unknot.store.DatabaseUrl;
import dev.unknot.store.TestDatabases;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code unknot serve} processes from the packaged jar on one PostgreSQL database, as a clinic
 * would run them behind a load balancer: whatever one writes, the other serves at once, and a
 * sign-in made on one holds on the other.
 */
class TwoServersIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;
    private DatabaseUrl database;
    private ServerProcess first;
    private ServerProcess second;

    @BeforeEach
    void startBoth() throws IOException {
        database = TestDatabases.postgres();
        first = ServerProcess.start(dir.resolve("a"), "--db", database.jdbc());
        second = ServerProcess.start(dir.resolve("b"), "--db", database.jdbc());
    }

    @AfterEach
    void stopBoth() throws IOException {
        try (ServerProcess a = first;
                ServerProcess b = second) {
            // both stop before their schema goes
        } finally {
            TestDatabases.dropPostgres(database);
        }
    }

    @Test
    void aSignInAndADiaryWrittenThroughOneServerAreServedByTheOther() throws Exception {
        Client person = new Client();
        JsonNode signedUp =
                person.send(
                        "POST",
                        first.uri("/api/account"),
                        "{\"username\":\"two-servers\",\"password\":\"a long walk by the sea\"}",
                        "");
        String csrf = signedUp.get("csrfToken").asText();

        person.send(
                "POST",
                second.uri("/api/diary"),
                "{\"date\":\"2026-11-30\",\"pain\":4,\"activities\":[],\"note\":\"from the second\"}",
                csrf);
        person.send(
                "POST",
                first.uri("/api/diary"),
                "{\"date\":\"2026-12-01\",\"pain\":3,\"activities\":[],\"note\":\"from the first\"}",
                csrf);

        for (ServerProcess server : new ServerProcess[] {first, second}) {
            JsonNode trend = person.send("GET", server.uri("/api/diary?days=30"), "", "");
            assertThat(trend.get("entries").findValuesAsText("note"))
                    .containsExactlyInAnyOrder("from the second", "from the first");
            assertThat(
                            person.send("GET", server.uri("/api/account"), "", "")
                                    .get("username")
                                    .asText())
                    .isEqualTo("two-servers");
        }
        person.send("POST", second.uri("/api/account/sign-out"), "{}", csrf);
        assertThat(person.status("GET", first.uri("/api/account"))).isEqualTo(401);
    }

    @Test
    void aClinicianAndAPersonOnDifferentServersSeeOneConsentAndRevokingEndsAccessOnBoth()
            throws Exception {
        admin("clinic", "create", "North Clinic");
        admin(
                "clinic",
                "add-clinician",
                "--clinic",
                "North Clinic",
                "--username",
                "dr.two",
                "--name",
                "Dr Two",
                "--password-stdin");
        Client clinician = new Client();
        HttpResponse<String> due =
                clinician.raw(
                        "POST",
                        first.uri("/api/account/sign-in"),
                        "{\"username\":\"dr.two\",\"password\":\"" + PASSWORD + "\"}",
                        "");
        assertThat(due.statusCode()).as("the password alone opens nothing").isEqualTo(202);
        String secret = JSON.readTree(due.body()).get("secret").asText();
        // the code step on the other server: a half sign-in is stored, not kept in one process
        String clinicianCsrf =
                clinician
                        .send(
                                "POST",
                                second.uri("/api/account/sign-in/second-factor"),
                                "{\"code\":\"" + Totp.code(secret, Instant.now()) + "\"}",
                                "")
                        .get("csrfToken")
                        .asText();
        String code =
                clinician
                        .send("POST", first.uri("/api/clinician/invites"), "{}", clinicianCsrf)
                        .get("code")
                        .asText();

        Client person = new Client();
        String csrf =
                person.send(
                                "POST",
                                second.uri("/api/account"),
                                "{\"username\":\"pat\",\"password\":\"a long walk by the sea\"}",
                                "")
                        .get("csrfToken")
                        .asText();
        person.send(
                "POST", second.uri("/api/care/invites/" + code), "{\"answer\":\"accept\"}", csrf);

        JsonNode roster =
                clinician.send("GET", second.uri("/api/clinician/people"), "", "").get("people");
        assertThat(roster).hasSize(1);
        long personId = roster.get(0).get("id").asLong();
        assertThat(clinician.status("GET", first.uri("/api/clinician/people/" + personId)))
                .isEqualTo(200);
        long clinicianId =
                person.send("GET", first.uri("/api/care"), "", "")
                        .findValues("clinicianId")
                        .get(0)
                        .asLong();

        person.send("DELETE", first.uri("/api/care/clinicians/" + clinicianId), "", csrf);

        for (ServerProcess server : new ServerProcess[] {first, second}) {
            assertThat(clinician.status("GET", server.uri("/api/clinician/people/" + personId)))
                    .isEqualTo(404);
        }
        assertThat(person.send("GET", second.uri("/api/care"), "", "").findValuesAsText("what"))
                .as("every look by the clinician is in the person's audit")
                .isNotEmpty();
    }

    private static final String PASSWORD = "a quiet harbour at dawn";

    /** The administrator's command, from the packaged jar, on the servers' database. */
    private void admin(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(ServerProcess.JAR.toString());
        command.addAll(List.of(args));
        command.add("--db");
        command.add(database.jdbc());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("UNKNOT_HOME", dir.resolve("admin").toString());
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
    }

    /** A client with its own cookie jar that expects every call to succeed. */
    private static final class Client {
        private final HttpClient http =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                        .build();

        HttpResponse<String> raw(String method, URI uri, String body, String csrf)
                throws Exception {
            return http.send(
                    request(method, uri, body, csrf), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode send(String method, URI uri, String body, String csrf) throws Exception {
            HttpResponse<String> response =
                    http.send(
                            request(method, uri, body, csrf), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode())
                    .as(method + " " + uri + ": " + response.body())
                    .isBetween(200, 299);
            return response.body().isEmpty()
                    ? JSON.createObjectNode()
                    : JSON.readTree(response.body());
        }

        int status(String method, URI uri) throws Exception {
            return http.send(request(method, uri, "", ""), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        private static HttpRequest request(String method, URI uri, String body, String csrf) {
            HttpRequest.Builder builder =
                    HttpRequest.newBuilder(uri)
                            .method(
                                    method,
                                    body.isEmpty()
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(body))
                            .header("Content-Type", "application/json");
            if (!csrf.isEmpty()) {
                builder.header("X-CSRF-Token", csrf);
            }
            return builder.build();
        }
    }
}
