package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unknot.account.Credentials;
import dev.unknot.app.TestApps;
import dev.unknot.clinic.ClinicAdmin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The access rule at every clinician page and API route, taken from the one list they are
 * registered from ({@link ClinicianRoutes#CLINICIAN}): a clinician meets a person who never
 * accepted, who revoked, or who consented to a clinician of another clinic exactly as an address
 * that does not exist (404); a person's account is refused (403); nobody signed in must sign in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicianAccessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebClient web;
    private WebClient doc;
    private WebClient far;
    private WebClient linked;
    private WebClient revoked;
    private final Map<String, Long> people = new java.util.HashMap<>();
    private final Map<String, Long> escalations = new java.util.HashMap<>();

    @BeforeAll
    void clinicAndPeople() {
        web =
                new WebClient(
                        TestApps.inMemory(
                                "clinician-access",
                                TestApps.ROOMY,
                                java.time.Clock.systemDefaultZone()),
                        false);
        ClinicAdmin admin = web.app().clinicAdmin(Optional.empty());
        admin.create("North");
        admin.create("South");
        admin.addClinician("North", new Credentials("doc", WebClient.PASSWORD), "Dr Doc");
        admin.addClinician("South", new Credentials("far", WebClient.PASSWORD), "Dr Far");
        doc = web.other().signIn("doc");
        far = web.other().signIn("far");

        linked = person("linked1");
        accept(linked, doc);
        revoked = person("revoked1");
        accept(revoked, doc);
        WebClient never = person("never1");
        invite(doc);
        WebClient elsewhere = person("elsewhere1");
        accept(elsewhere, far);
        assertThat(
                        revoked.postForm("/account/care/" + id("doc") + "/revoke", Map.of())
                                .statusCode())
                .isEqualTo(303);
        for (String name : List.of("linked1", "revoked1", "never1", "elsewhere1")) {
            people.put(name, id(name));
            escalations.put(name, web.app().careTeam().reviewsFor(id(name)).get(0).escalationId());
        }
        never.close();
        elsewhere.close();
    }

    @AfterAll
    void close() {
        web.close();
    }

    private WebClient person(String name) {
        WebClient client = web.other().signUp(name);
        assertThat(
                        client.postForm("/diary", Map.of("pain", "5", "flags.fever", "yes"))
                                .statusCode())
                .isEqualTo(303);
        return client;
    }

    private String invite(WebClient clinician) {
        HttpResponse<String> made = clinician.sendJson("POST", "/api/clinician/invites", "");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return json(made).get("code").asText();
    }

    private void accept(WebClient person, WebClient clinician) {
        HttpResponse<String> answered =
                person.sendJson(
                        "POST",
                        "/api/care/invites/" + invite(clinician),
                        "{\"answer\":\"accept\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    }

    private long id(String username) {
        return web.app()
                .database(Optional.empty())
                .inTransaction(tx -> tx.accounts().find(username))
                .orElseThrow()
                .personId();
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The route, its {@code {id}} filled in for {@code person}, asked as a page or the API asks.
     */
    private HttpResponse<String> call(
            WebClient client, ClinicianRoutes.Route route, String person) {
        String path =
                switch (route.target()) {
                    case PERSON -> route.path().replace("{id}", String.valueOf(people.get(person)));
                    case ESCALATION ->
                            route.path().replace("{id}", String.valueOf(escalations.get(person)));
                    case NONE -> route.path();
                };
        boolean api = path.startsWith("/api/");
        if (route.method() == HandlerType.GET) {
            return api ? client.get(path) : client.getHtml(path);
        }
        return api
                ? client.sendJson("POST", path, "{\"note\":\"Seen, call us\"}")
                : client.postForm(path, Map.of("note", "Seen, call us"));
    }

    Stream<Arguments> everyClinicianRouteAndEveryPersonWhoMayNotBeSeen() {
        List<Arguments> cases = new ArrayList<>();
        for (ClinicianRoutes.Route route : ClinicianRoutes.CLINICIAN) {
            for (String person : List.of("never1", "revoked1", "elsewhere1")) {
                cases.add(Arguments.of(route.key(), person));
            }
        }
        return cases.stream();
    }

    private static ClinicianRoutes.Route route(String key) {
        return ClinicianRoutes.CLINICIAN.stream()
                .filter(route -> route.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("everyClinicianRouteAndEveryPersonWhoMayNotBeSeen")
    void aClinicianMeetsAPersonWhoDidNotConsentHereAsNothing(String key, String person) {
        ClinicianRoutes.Route route = route(key);
        int before = web.app().careTeam().auditFor(people.get(person)).size();

        HttpResponse<String> response = call(doc, route, person);

        if (route.target() == ClinicianRoutes.Target.NONE) {
            assertThat(response.statusCode()).as(key).isIn(200, 201);
            assertThat(response.body()).as(key).doesNotContain(person);
        } else {
            assertThat(response.statusCode()).as(key).isEqualTo(404);
            assertThat(response.body()).as(key).doesNotContain(person);
        }
        assertThat(web.app().careTeam().auditFor(people.get(person)).size())
                .as("looks recorded at %s", key)
                .isEqualTo(before);
    }

    @Test
    void aClinicianSPasswordAloneOpensNothingTheSecondFactorIsAlwaysAsked() {
        WebClient halfway = web.other();
        HttpResponse<String> password =
                halfway.postJson(
                        "/api/account/sign-in",
                        "{\"username\":\"doc\",\"password\":\"" + WebClient.PASSWORD + "\"}");

        assertThat(password.statusCode()).isEqualTo(202);
        assertThat(password.body()).contains("\"secondFactorRequired\":true");
        assertThat(halfway.get("/api/clinician/people").statusCode()).isEqualTo(401);
        assertThat(halfway.get("/api/clinician/people/" + people.get("linked1")).statusCode())
                .isEqualTo(401);
        assertThat(halfway.get("/api/account").statusCode()).isEqualTo(401);
        assertThat(
                        halfway.postJson(
                                        "/api/account/sign-in/second-factor",
                                        "{\"code\":\"000000\"}")
                                .statusCode())
                .isEqualTo(401);
        assertThat(halfway.get("/api/clinician/people").statusCode()).isEqualTo(401);
    }

    @Test
    void aNumberThatIsNoPersonAnswersAsAPersonWhoMayNotBeSeen() {
        HttpResponse<String> nobody = doc.get("/api/clinician/people/999999");
        HttpResponse<String> hidden = doc.get("/api/clinician/people/" + people.get("never1"));

        assertThat(nobody.statusCode()).isEqualTo(404);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(nobody.body());
    }

    @Test
    void theClinicianSeesTheLinkedPersonAndEachLookIsAudited() {
        long id = people.get("linked1");
        int before = web.app().careTeam().auditFor(id).size();

        HttpResponse<String> page = doc.getHtml("/clinician/people/" + id);
        HttpResponse<String> api = doc.get("/api/clinician/people/" + id);
        HttpResponse<String> list = doc.getHtml("/clinician");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("linked1").contains("No individual plan yet");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(json(api).get("diary")).hasSize(1);
        assertThat(list.body()).contains("linked1").doesNotContain("never1");
        assertThat(web.app().careTeam().auditFor(id)).hasSize(before + 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyClinicianRoute")
    void aPersonsAccountIsRefusedEveryClinicianRoute(String key) {
        HttpResponse<String> response = call(linked, route(key), "linked1");

        assertThat(response.statusCode()).as(key).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyClinicianRoute")
    void nobodySignedInMustSignInFirst(String key) {
        try (WebClient stranger = web.other()) {
            HttpResponse<String> response = call(stranger, route(key), "linked1");

            if (key.contains(" /api/") || key.startsWith("POST")) {
                assertThat(response.statusCode()).as(key).isIn(401, 403);
            } else {
                assertThat(response.statusCode()).as(key).isEqualTo(303);
                assertThat(response.headers().firstValue("Location"))
                        .get()
                        .asString()
                        .startsWith("/login");
            }
        }
    }

    Stream<String> everyClinicianRoute() {
        return ClinicianRoutes.CLINICIAN.stream().map(ClinicianRoutes.Route::key);
    }

    @Test
    void everyClinicianRouteTheServerHasIsInTheOneList() {
        List<String> registered =
                web.server().routes().stream()
                        .filter(route -> route.matches("[A-Z]+ /(api/)?clinician(/.*)?"))
                        .toList();

        assertThat(registered).containsExactlyInAnyOrderElementsOf(everyClinicianRoute().toList());
    }

    @Test
    void revokingRemovesAccessAtOnce() {
        WebClient ana = person("ana2");
        accept(ana, doc);
        long id = id("ana2");
        assertThat(doc.get("/api/clinician/people/" + id).statusCode()).isEqualTo(200);

        HttpResponse<String> revokedNow =
                ana.sendJson("DELETE", "/api/care/clinicians/" + id("doc"), "");

        assertThat(revokedNow.statusCode()).isEqualTo(204);
        assertThat(doc.get("/api/clinician/people/" + id).statusCode()).isEqualTo(404);
        assertThat(doc.getHtml("/clinician/people/" + id).statusCode()).isEqualTo(404);
        assertThat(json(ana.get("/api/care")).get("clinicians").get(0).get("status").asText())
                .isEqualTo("REVOKED");
    }

    @Test
    void thePersonSeesWhoCanSeeTheRecordAndWhoLooked() {
        doc.getHtml("/clinician/people/" + people.get("linked1"));

        String account = linked.getHtml("/account").body();

        assertThat(account)
                .contains("Who can see your record")
                .contains("Dr Doc")
                .contains("North")
                .contains("Who has looked at your record")
                .contains("your record: diary, sessions, questionnaires and advice");
    }

    @Test
    void aClinicianNoteOnAdviceIsShownToThePersonOnTheDiary() {
        WebClient ben = person("ben2");
        accept(ben, doc);
        long escalation = web.app().careTeam().reviewsFor(id("ben2")).get(0).escalationId();

        HttpResponse<String> seen =
                doc.postForm(
                        "/clinician/reviews/" + escalation, Map.of("note", "Please call us today"));

        assertThat(seen.statusCode()).isEqualTo(303);
        assertThat(ben.getHtml("/diary").body())
                .contains("Seen by Dr Doc on")
                .contains("Please call us today");
        assertThat(doc.getHtml("/clinician/reviews").body()).doesNotContain("ben2");
    }

    @Test
    void anInvitePageNamesWhoAsksAndWhatTheyWouldSee() {
        String code = invite(doc);
        WebClient cat = web.other().signUp("cat2");

        String page = cat.getHtml("/invite/" + code).body();
        HttpResponse<String> wrong = cat.getHtml("/invite/ABCD");

        assertThat(page)
                .contains("Dr Doc")
                .contains("North")
                .contains("your pain diary")
                .contains("not your answers");
        assertThat(wrong.statusCode()).isEqualTo(404);
        HttpResponse<String> accepted = cat.postForm("/invite/" + code, Map.of("answer", "accept"));
        assertThat(accepted.body()).contains("You said yes");
        assertThat(cat.postForm("/invite/" + code, Map.of("answer", "accept")).statusCode())
                .isEqualTo(410);
    }
}
