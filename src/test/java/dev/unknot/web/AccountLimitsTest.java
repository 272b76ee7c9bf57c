package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.account.AccountLimits;
import dev.unknot.app.TestApps;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The limits on password checks and sign-ups, against a running server with real threads. */
class AccountLimitsTest {
    private WebClient web;

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void wrongPasswordsSentInParallelGetNoMoreThanTheLimitChecked() throws Exception {
        // a real bcrypt cost: checks that take time are what parallel guesses once slipped past
        web =
                new WebClient(
                        TestApps.inMemory("parallel", AccountLimits.DEFAULT, Clock.systemUTC(), 10),
                        false);
        web.signUp("alice");

        List<HttpResponse<String>> answers =
                inParallel(
                        30,
                        i ->
                                web.other()
                                        .postJson(
                                                "/api/account/sign-in",
                                                "{\"username\":\"alice\",\"password\":\"wrong guess "
                                                        + i
                                                        + "\"}"));

        assertThat(answers).filteredOn(a -> a.statusCode() == 401).hasSizeLessThanOrEqualTo(5);
        assertThat(answers)
                .filteredOn(a -> a.statusCode() == 429)
                .hasSizeGreaterThanOrEqualTo(25)
                .allSatisfy(a -> assertThat(a.headers().firstValue("Retry-After")).isPresent());
        assertThat(answers).allMatch(a -> a.statusCode() == 401 || a.statusCode() == 429);
    }

    @Test
    void theDeleteAccountPasswordIsLimitedLikeASignIn() {
        web = new WebClient();
        web.signUp("alice");
        for (int i = 0; i < 5; i++) {
            assertThat(
                            web.sendJson(
                                            "DELETE",
                                            "/api/account",
                                            "{\"password\":\"wrong guess " + i + "\"}")
                                    .statusCode())
                    .isEqualTo(403);
        }

        HttpResponse<String> limited =
                web.sendJson(
                        "DELETE", "/api/account", "{\"password\":\"" + WebClient.PASSWORD + "\"}");
        HttpResponse<String> page =
                web.postForm("/account/delete", Map.of("password", WebClient.PASSWORD));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.body()).contains("too-many-attempts");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("Too many wrong passwords", "nothing was deleted");
        assertThat(web.get("/api/account").statusCode()).isEqualTo(200);
    }

    @Test
    void theOwnerSignsInFromAnotherClientWhileAnAttackerIsHeldOff() {
        web = new WebClient(TestApps.inMemory("limits"), true);
        web.signUp("alice");
        WebClient attacker = web.other();
        for (int i = 0; i < 10; i++) {
            int status = signIn(attacker, "203.0.113.9", "alice", "wrong guess " + i).statusCode();
            assertThat(status).isEqualTo(i < 5 ? 401 : 429);
        }

        HttpResponse<String> owner =
                signIn(web.other(), "198.51.100.7", "alice", WebClient.PASSWORD);

        assertThat(owner.statusCode()).isEqualTo(200);
        assertThat(owner.body()).contains("\"username\":\"alice\"");
    }

    @Test
    void withoutTrustingAProxyItsForwardedAddressChangesNothing() {
        web = new WebClient();
        web.signUp("alice");
        WebClient attacker = web.other();
        for (int i = 0; i < 5; i++) {
            signIn(attacker, "203.0.113." + i, "alice", "wrong guess " + i);
        }

        assertThat(signIn(attacker, "198.51.100.7", "alice", WebClient.PASSWORD).statusCode())
                .isEqualTo(429);
    }

    @Test
    void aFloodOfSignUpsFromOneClientIsTurnedAwayWithRetryAfter() throws Exception {
        web = new WebClient();

        List<HttpResponse<String>> answers =
                inParallel(
                        20,
                        i ->
                                web.other()
                                        .postJson(
                                                "/api/account",
                                                "{\"username\":\"flood"
                                                        + i
                                                        + "\",\"password\":\"a long enough password\"}"));

        assertThat(answers)
                .filteredOn(a -> a.statusCode() == 201)
                .hasSize(AccountLimits.DEFAULT.signUpsPerClient());
        assertThat(answers)
                .filteredOn(a -> a.statusCode() != 201)
                .allSatisfy(
                        a -> {
                            assertThat(a.statusCode()).isIn(429, 503);
                            assertThat(a.headers().firstValue("Retry-After")).isPresent();
                        });
        HttpResponse<String> page =
                web.other()
                        .postForm(
                                "/signup",
                                Map.of(
                                        "username",
                                        "one-more",
                                        "password",
                                        "a long enough password",
                                        "confirm",
                                        "a long enough password"));
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("Too many new accounts");
    }

    @Test
    void signUpsBeyondTheOverallLimitAreTurnedAwayWhateverTheClient() {
        web =
                new WebClient(
                        TestApps.inMemory(
                                "signups",
                                AccountLimits.DEFAULT.withSignUps(100, 3, 2),
                                Clock.systemUTC()),
                        true);
        for (int i = 0; i < 3; i++) {
            assertThat(signUp("10.0.0." + i, "person" + i).statusCode()).isEqualTo(201);
        }

        HttpResponse<String> fourth = signUp("10.0.0.9", "person9");

        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
    }

    private HttpResponse<String> signUp(String from, String username) {
        return web.other()
                .send(
                        HttpRequest.newBuilder(web.uri("/api/account"))
                                .header("Content-Type", "application/json")
                                .header("X-Forwarded-For", from)
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"username\":\""
                                                        + username
                                                        + "\",\"password\":\"a long enough password\"}"))
                                .build());
    }

    private static HttpResponse<String> signIn(
            WebClient client, String from, String username, String password) {
        return client.send(
                HttpRequest.newBuilder(client.uri("/api/account/sign-in"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", from)
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"username\":\""
                                                + username
                                                + "\",\"password\":\""
                                                + password
                                                + "\"}"))
                        .build());
    }

    /** Runs {@code request} on {@code count} threads released at once; their answers. */
    static List<HttpResponse<String>> inParallel(
            int count, IntFunction<HttpResponse<String>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CyclicBarrier start = new CyclicBarrier(count);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                int n = i;
                sent.add(
                        pool.submit(
                                () -> {
                                    start.await(10, TimeUnit.SECONDS);
                                    return request.apply(n);
                                }));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
