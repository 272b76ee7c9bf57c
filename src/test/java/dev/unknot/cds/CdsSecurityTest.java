package dev.unknot.cds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.unknot.app.App;
import dev.unknot.app.TestApps;
import dev.unknot.web.AccessLog;
import dev.unknot.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The bearer-token rules at the service and its feedback: every bad token is refused with 401 (or
 * 403 for a well-signed token meant for another address) and a problem document that says nothing
 * about the patient or the check that failed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CdsSecurityTest {
    private static final String PATIENT = "secret-patient-77";
    private static final String PROFILE = "hidden-profile";

    private CdsServer cds;
    private String body;

    @BeforeAll
    void start() {
        cds = new CdsServer("cds-security");
        body =
                CdsFixtures.request(
                                PATIENT,
                                Optional.of(PROFILE),
                                Optional.of(CdsFixtures.intake(Map.of("flags.fever", true))),
                                List.of())
                        .toString();
    }

    @AfterAll
    void stop() {
        cds.close();
    }

    private HttpResponse<String> call(String token) {
        return cds.post(CdsServer.SERVICE, body, Optional.of(token));
    }

    private void refused(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
        assertThat(response.body())
                .doesNotContain(
                        PATIENT, PROFILE, "Exception", "at dev.", "jti", "aud", "exp", "kid")
                .doesNotContain("fever", "R7");
        JsonNode problem = CdsHooksTest.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
    }

    @Test
    void aGoodRsaOrEcTokenIsAccepted() {
        assertThat(call(cds.token(CdsServer.SERVICE)).statusCode()).isEqualTo(200);
        String ec = CdsServer.sign(CdsServer.claims(CdsServer.SERVICE).build(), cds.ec);
        assertThat(call(ec).statusCode()).isEqualTo(200);
    }

    @Test
    void noTokenIs401() {
        refused(cds.post(CdsServer.SERVICE, body, Optional.empty()), 401);
        refused(cds.post(CdsServer.SERVICE + "/feedback", "{}", Optional.empty()), 401);
    }

    @Test
    void anUnsignedTokenIs401() {
        String none = new PlainJWT(CdsServer.claims(CdsServer.SERVICE).build()).serialize();
        refused(call(none), 401);
    }

    @Test
    void anHmacTokenMadeWithThePublicKeyIs401() throws JOSEException {
        SignedJWT jwt =
                new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("ehr-rsa").build(),
                        CdsServer.claims(CdsServer.SERVICE).build());
        jwt.sign(new MACSigner(cds.rsa.toRSAPublicKey().getEncoded()));
        refused(call(jwt.serialize()), 401);
        SignedJWT secret =
                new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.HS512).keyID("ehr-rsa").build(),
                        CdsServer.claims(CdsServer.SERVICE).build());
        secret.sign(new MACSigner(new byte[64]));
        refused(call(secret.serialize()), 401);
    }

    @Test
    void aTokenForAnotherAddressIs403() {
        refused(
                call(
                        cds.token(
                                CdsServer.SERVICE,
                                c -> c.audience("https://elsewhere.test" + CdsServer.SERVICE))),
                403);
        refused(
                call(
                        cds.token(
                                CdsServer.SERVICE,
                                c -> c.audience(CdsServer.PUBLIC + "/cds-services"))),
                403);
        refused(
                call(
                        cds.token(
                                CdsServer.SERVICE,
                                c ->
                                        c.audience(
                                                List.of(
                                                        CdsServer.PUBLIC + CdsServer.SERVICE,
                                                        "https://x.test")))),
                403);
    }

    @Test
    void anExpiredTokenOrOneWithoutExpIs401() {
        refused(
                call(
                        cds.token(
                                CdsServer.SERVICE,
                                c -> c.expirationTime(Date.from(Instant.now().minusSeconds(120))))),
                401);
        refused(call(cds.token(CdsServer.SERVICE, c -> c.expirationTime(null))), 401);
    }

    @Test
    void aTokenIssuedInTheFutureOrWithoutIatIs401() {
        refused(
                call(
                        cds.token(
                                CdsServer.SERVICE,
                                c -> c.issueTime(Date.from(Instant.now().plusSeconds(600))))),
                401);
        refused(call(cds.token(CdsServer.SERVICE, c -> c.issueTime(null))), 401);
    }

    @Test
    void aTokenWithoutJtiIs401() {
        refused(call(cds.token(CdsServer.SERVICE, c -> c.jwtID(null))), 401);
    }

    @Test
    void aTokenIsAcceptedOnce() {
        String token = cds.token(CdsServer.SERVICE);
        assertThat(call(token).statusCode()).isEqualTo(200);
        refused(call(token), 401);
    }

    @Test
    void eightThreadsReplayingOneTokenAtOnceGetExactlyOneAnswer() throws Exception {
        String token = cds.token(CdsServer.SERVICE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 8; i++) {
            answers.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return client.send(
                                                HttpRequest.newBuilder(
                                                                URI.create(
                                                                        "http://127.0.0.1:"
                                                                                + cds.server.port()
                                                                                + CdsServer
                                                                                        .SERVICE))
                                                        .header("Content-Type", "application/json")
                                                        .header("Authorization", "Bearer " + token)
                                                        .POST(
                                                                HttpRequest.BodyPublishers.ofString(
                                                                        body))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        .statusCode();
                            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 401).hasSize(7);
    }

    @Test
    void anIssuerNotOnTheListIs401() throws JOSEException {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("ehr-rsa").generate();
        refused(
                call(
                        CdsServer.sign(
                                CdsServer.claims(CdsServer.SERVICE)
                                        .issuer("https://stranger.example.org")
                                        .build(),
                                stranger)),
                401);
        refused(call(cds.token(CdsServer.SERVICE, c -> c.issuer(null))), 401);
    }

    @Test
    void aKeyOfAnotherTrustedIssuerDoesNotSignForThisOne() {
        refused(
                call(CdsServer.sign(CdsServer.claims(CdsServer.SERVICE).build(), cds.otherRsa)),
                401);
        // and the other issuer's own token is fine
        String other =
                CdsServer.sign(
                        CdsServer.claims(CdsServer.SERVICE).issuer(CdsServer.OTHER).build(),
                        cds.otherRsa);
        assertThat(call(other).statusCode()).isEqualTo(200);
    }

    @Test
    void aForgedSignatureIs401() throws JOSEException {
        RSAKey forger = new RSAKeyGenerator(2048).keyID("ehr-rsa").generate();
        refused(call(CdsServer.sign(CdsServer.claims(CdsServer.SERVICE).build(), forger)), 401);
        refused(call("not.a.token"), 401);
    }

    @Test
    void feedbackNeedsAGoodTokenToo() {
        String path = CdsServer.SERVICE + "/feedback";
        refused(cds.post(path, "{}", Optional.of(cds.token(CdsServer.SERVICE))), 403);
        refused(
                cds.post(
                        path,
                        "{}",
                        Optional.of(
                                cds.token(
                                        path,
                                        c ->
                                                c.expirationTime(
                                                        Date.from(
                                                                Instant.now()
                                                                        .minusSeconds(300)))))),
                401);
    }

    @Test
    void withoutATrustFileTheServiceIsClosed() {
        try (App app = TestApps.inMemory("cds-off")) {
            WebServer server =
                    WebServer.create(app.web(Optional.empty(), AccessLog.NONE))
                            .start("127.0.0.1", 0);
            try {
                HttpResponse<String> response =
                        HttpClient.newHttpClient()
                                .send(
                                        HttpRequest.newBuilder(
                                                        URI.create(
                                                                "http://127.0.0.1:"
                                                                        + server.port()
                                                                        + CdsServer.SERVICE))
                                                .header("Content-Type", "application/json")
                                                .header(
                                                        "Authorization",
                                                        "Bearer " + cds.token(CdsServer.SERVICE))
                                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(503);
                assertThat(response.body()).doesNotContain(PATIENT);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                server.stopNow();
            }
        }
    }
}
