package dev.unknot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form token is the sign-in's own: nothing a visitor sends can stand in for it. */
class CsrfTest {
    private static final String MADE_UP = "A".repeat(43);

    private WebClient web;

    @BeforeEach
    void start() {
        web = new WebClient();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void aCookieAndTokenPairTheAttackerMakesUpIsRefused() {
        web.signUp("alice");
        web.setCookie(Csrf.COOKIE, MADE_UP);

        HttpResponse<String> api = web.sendJson("POST", "/api/diary", "{\"pain\":4}");
        HttpResponse<String> page =
                web.postForm("/account/delete", Map.of("password", WebClient.PASSWORD));

        assertThat(web.csrf()).isEqualTo(MADE_UP);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("/problems/csrf", "\"field\":\"X-CSRF-Token\"");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(web.get("/api/account").statusCode()).isEqualTo(200);
    }

    @Test
    void theTokenOfAnEarlierSignInIsRefused() {
        web.signUp("alice");
        String earlier = web.csrf();
        web.sendJson("POST", "/api/account/sign-out", "");
        HttpResponse<String> again =
                web.postJson(
                        "/api/account/sign-in",
                        "{\"username\":\"alice\",\"password\":\"" + WebClient.PASSWORD + "\"}");
        String current = web.csrf();

        HttpResponse<String> stale = writeDiary(web, earlier);
        HttpResponse<String> fresh = writeDiary(web, current);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"csrfToken\":\"" + current + "\"");
        assertThat(current).isNotEqualTo(earlier);
        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(fresh.statusCode()).isEqualTo(201);
    }

    @Test
    void anotherPersonsTokenIsRefused() {
        web.signUp("alice");
        WebClient bob = web.other().signUp("bob");

        assertThat(writeDiary(web, bob.csrf()).statusCode()).isEqualTo(403);
        assertThat(writeDiary(bob, bob.csrf()).statusCode()).isEqualTo(201);
    }

    @Test
    void signingInReplacesTheTokenOfTheFormsBeforeSignIn() {
        web.other().signUp("carol");
        String before = web.csrf();

        HttpResponse<String> signedIn =
                web.postForm("/login", Map.of("username", "carol", "password", WebClient.PASSWORD));
        HttpResponse<String> withTheOldToken = web.postForm("/logout", Map.of("csrf", before));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(web.csrf()).isNotEqualTo(before);
        assertThat(withTheOldToken.statusCode()).isEqualTo(403);
        assertThat(web.get("/api/account").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> writeDiary(WebClient client, String token) {
        return client.send(
                HttpRequest.newBuilder(client.uri("/api/diary"))
                        .header("Content-Type", "application/json")
                        .header(Csrf.HEADER, token)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"pain\":4}"))
                        .build());
    }
}
